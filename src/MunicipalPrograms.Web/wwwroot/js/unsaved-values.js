// Nothing typed into the report is lost: every change is kept in localStorage until the save succeeds. If the save
// cannot happen (the session ended, the form went stale, the tab was closed), the next opening of the report offers
// the kept values back in a banner. Leaving the page with unsaved changes asks first (beforeunload).
// The form says where to keep them (data-keep-key: user, program, year, period) and whether it follows a save
// (data-saved). Without JavaScript the form works as before, without this safety net.
(function () {
    const form = document.querySelector('form[data-keep-key]');
    if (!form || !window.localStorage) return;
    const key = form.dataset.keepKey;
    let dirty = false;

    // The fields a user types into; hidden fields (ids, versions, the token) belong to the page, not to the user.
    function fields() {
        return Array.from(form.elements).filter(el => el.name && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button');
    }
    const valueOf = el => el.type === 'checkbox' ? (el.checked ? 'on' : '') : el.value;

    function read() {
        try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
    }

    function keep() {
        const values = {};
        fields().forEach(el => { values[el.name] = valueOf(el); });
        try { localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: values })); } catch (e) { /* storage full or off */ }
    }

    function differs(kept) {
        return fields().some(el => Object.prototype.hasOwnProperty.call(kept.values, el.name) && kept.values[el.name] !== valueOf(el));
    }

    function restore(kept) {
        fields().forEach(el => {
            if (!Object.prototype.hasOwnProperty.call(kept.values, el.name)) return;
            if (el.type === 'checkbox') el.checked = kept.values[el.name] === 'on'; else el.value = kept.values[el.name];
        });
        dirty = true;
        // The live preview (report-entry.js) recomputes the indices from the restored values.
        form.querySelector('[name$=".Actual"]')?.dispatchEvent(new Event('input', { bubbles: true }));
    }

    const two = n => String(n).padStart(2, '0');
    function when(ms) {
        const d = new Date(ms);
        return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
    }

    function offer(kept) {
        const banner = document.createElement('div');
        banner.id = 'unsaved-banner';
        banner.className = 'alert alert-warning d-flex flex-wrap align-items-center gap-2 py-2';
        banner.setAttribute('role', 'status');
        const text = document.createElement('span');
        text.textContent = `Есть несохраненные значения от ${when(kept.at)} —`;
        const restoreButton = document.createElement('button');
        restoreButton.type = 'button';
        restoreButton.className = 'btn btn-sm btn-primary';
        restoreButton.id = 'unsaved-restore';
        restoreButton.textContent = 'Восстановить';
        const discardButton = document.createElement('button');
        discardButton.type = 'button';
        discardButton.className = 'btn btn-sm btn-outline-secondary';
        discardButton.id = 'unsaved-discard';
        discardButton.textContent = 'Отбросить';
        restoreButton.addEventListener('click', () => {
            restore(kept);
            banner.textContent = 'Значения восстановлены. Проверьте их и нажмите «Сохранить и пересчитать».';
        });
        discardButton.addEventListener('click', () => { localStorage.removeItem(key); banner.remove(); });
        banner.append(text, restoreButton, discardButton);
        form.parentNode.insertBefore(banner, form);
    }

    if (form.dataset.saved === 'true') {
        localStorage.removeItem(key);
    } else {
        const kept = read();
        // A copy equal to the page (a refused save shows the typed values again) stays kept but needs no offer.
        if (kept && kept.values && differs(kept)) offer(kept);
    }

    // A remark's answer typed in a row belongs to its own small form (form attribute): not the report's values.
    function ours(e) { return !e.target || !e.target.form || e.target.form === form; }
    function changed() { dirty = true; keep(); }
    form.addEventListener('input', e => { if (ours(e)) changed(); });
    form.addEventListener('change', e => { if (e.isTrusted && ours(e)) changed(); });
    // Submitting is not leaving: the values stay kept until the page after a successful save drops them.
    form.addEventListener('submit', () => { dirty = false; });
    window.addEventListener('beforeunload', e => {
        if (!dirty) return;
        e.preventDefault();
        e.returnValue = '';
    });
})();
