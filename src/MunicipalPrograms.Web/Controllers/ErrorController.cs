using Microsoft.AspNetCore.Mvc;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Friendly Russian error pages; never a stack trace.</summary>
[Route("Error")]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
// The error page is re-executed with the failed request's method: a POST's 404 or 500 must not fail the token check.
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("")]
    [Route("{code:int}")]
    public IActionResult Index(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        ViewBag.Status = status;
        ViewBag.Message = status switch
        {
            404 => "Страница не найдена. Проверьте адрес или вернитесь к перечню программ.",
            403 => "У вас нет доступа к этой странице.",
            // Besides stale forms (which have their own page), a 400 is an address the portal cannot read: a year outside
            // 2000–2100, an unknown period, a number that is not one (RefuseUnreadableAddress).
            400 => "Запрос отклонен: в адресе страницы или в отправленной форме недопустимое значение (например, год вне 2000–2100 или неизвестный период). Вернитесь назад, обновите страницу и повторите действие.",
            _ => "Произошла ошибка. Попробуйте повторить действие позже; если ошибка повторяется, сообщите администратору.",
        };
        return View("Error");
    }
}
