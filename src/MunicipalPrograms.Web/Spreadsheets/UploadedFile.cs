namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>
/// An uploaded workbook between the browser and <see cref="UploadGate"/>, the same for every import page: the form's
/// file read into memory, refused at once when missing or too large, and carried from the preview to «Применить» as
/// Base64 inside the page (nothing is kept on the server).
/// </summary>
public static class UploadedFile
{
    /// <summary>The request limit of the import pages: the file (10 MB) as Base64 in the preview's form is a third larger.</summary>
    public const int MaxRequest = 16 * 1024 * 1024;

    public const string NotReceived = "Файл не получен. Загрузите его еще раз.";

    /// <summary>Why the form's file is refused before it is read, or null.</summary>
    public static string? RefusalOf(IFormFile? file) =>
        file is null || file.Length == 0 ? "Выберите файл шаблона (.xlsx), заполненный в Excel."
        : file.Length > UploadGate.MaxBytes ? UploadGate.TooLarge
        : null;

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>The file the preview page carried back, or null when it is missing or not Base64.</summary>
    public static byte[]? Decode(string? content)
    {
        if (string.IsNullOrEmpty(content)) return null;
        var bytes = new byte[content.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(content, bytes, out var written) ? bytes[..written] : null;
    }

    /// <summary>The name the journal and the messages use: the file's own name without any path.</summary>
    public static string NameOf(string? fileName) => string.IsNullOrWhiteSpace(fileName) ? "шаблон.xlsx" : Path.GetFileName(fileName);
}
