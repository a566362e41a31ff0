// A few minutes before an idle session ends (Sessions:IdleMinutes, counted from this page's load — every request
// slides the session), a banner offers to stay signed in; when the time is up it says so. Typed report values are
// kept in the browser anyway (unsaved-values.js), so nothing is lost either way.
(() => {
    const minutes = Number(document.body.dataset.sessionIdleMinutes);
    if (!minutes) return;
    const warnBefore = Math.min(3, minutes / 2) * 60_000;
    let warnTimer, endTimer, banner;

    const show = (text, withButton) => {
        banner ??= Object.assign(document.createElement('div'), { id: 'session-warning', className: 'alert alert-warning session-warning shadow' });
        banner.setAttribute('role', 'alert');
        banner.textContent = text + ' ';
        if (withButton) {
            const button = Object.assign(document.createElement('button'), { type: 'button', className: 'btn btn-sm btn-primary ms-2', textContent: 'Продолжить работу' });
            button.addEventListener('click', keepAlive);
            banner.append(button);
        } else {
            const link = Object.assign(document.createElement('a'), { href: '/Account/Login?sessionEnded=true&ReturnUrl=' + encodeURIComponent(location.pathname + location.search), textContent: 'Войти снова' });
            banner.append(link);
        }
        document.body.append(banner);
    };

    const schedule = () => {
        clearTimeout(warnTimer); clearTimeout(endTimer);
        banner?.remove();
        warnTimer = setTimeout(() => show(`Сеанс завершится через ${Math.round(warnBefore / 60_000)} мин. из-за бездействия.`, true), minutes * 60_000 - warnBefore);
        endTimer = setTimeout(() => show('Сеанс завершен из-за бездействия. Введенные в отчет значения сохранены в этом браузере.', false), minutes * 60_000);
    };

    async function keepAlive() {
        const response = await fetch('/Account/KeepAlive', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
        if (response.ok) schedule(); else show('Сеанс уже завершен. Введенные в отчет значения сохранены в этом браузере.', false);
    }

    schedule();
})();
