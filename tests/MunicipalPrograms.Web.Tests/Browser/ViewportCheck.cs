using Microsoft.Playwright;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Whether a page fits its screen: every visible element that reaches past the right edge, unless a frame that scrolls
/// sideways (overflow-x auto or scroll) holds it or it is clipped away for screen readers only (visually-hidden).
/// </summary>
public static class ViewportCheck
{
    private const string Script = """
        () => {
            const held = el => {
                for (let p = el; p; p = p.parentElement) {
                    const s = getComputedStyle(p);
                    if (p !== el && (s.overflowX === 'auto' || s.overflowX === 'scroll')) return true;
                    if (s.clipPath !== 'none' || s.clip.startsWith('rect')) return true;
                }
                return false;
            };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            const path = el => { const parts = []; for (let p = el; p && p !== document.body; p = p.parentElement) parts.unshift(name(p)); return parts.slice(-3).join(' > '); };
            return [...document.querySelectorAll('body *')]
                .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1 && !held(el); })
                .slice(0, 12).map(el => path(el) + ' (right ' + Math.round(el.getBoundingClientRect().right) + ' > ' + innerWidth + ')');
        }
        """;

    /// <summary>The offenders' selectors on the page as it is now (empty when everything fits).</summary>
    public static async Task<IReadOnlyList<string>> OverflowingAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>(Script)).Select(o => page.Url + ": " + o).ToList();
}
