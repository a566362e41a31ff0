// Live preview of the indices on the report page: after the user stops typing, the form is posted to
// /Reports/Preview (nothing is saved) and the sidebar's indices and completeness are replaced.
// Without JavaScript the page works the same; the indices are then recomputed on save.
(function () {
    const form = document.getElementById('report-form');
    if (!form || !form.dataset.previewUrl) return;
    let timer = null;
    let pending = null;

    async function refresh() {
        if (pending) pending.abort();
        pending = new AbortController();
        try {
            const response = await fetch(form.dataset.previewUrl, {
                method: 'POST', body: new FormData(form), signal: pending.signal, credentials: 'same-origin',
                // Marks a script request: with the session gone the portal answers 401, not a sign-in page to paste in.
                headers: { 'X-Requested-With': 'XMLHttpRequest' },
            });
            if (!response.ok) return;
            const target = document.getElementById('live-indices');
            if (target) target.outerHTML = await response.text();
            // The line above the form on narrow screens repeats the sidebar's «Заполнено N из M».
            const caption = document.querySelector('#completeness .card-header');
            const line = document.getElementById('completeness-line-text');
            if (caption && line) line.textContent = caption.textContent;
        } catch (e) {
            if (e.name !== 'AbortError') console.warn('preview failed', e);
        }
    }

    function schedule(event) {
        const name = event.target && event.target.name || '';
        if (!/Actual|NotMeasured|DeviationReason|Weight/.test(name)) return;
        clearTimeout(timer);
        timer = setTimeout(refresh, 500);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
})();
