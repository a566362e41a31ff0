// Guides the executor through the long report form (progressive enhancement: without JavaScript the
// summary's links still jump to the fields, Save still saves and every row is shown).
(function () {
    const form = document.getElementById('report-form');
    if (!form) return;

    // After a failed save the focus goes to the error summary, so a screen reader reads it first.
    const summary = document.getElementById('errors');
    if (summary) summary.focus();

    // A link of the summary focuses its field (a plain #anchor only scrolls to it).
    document.querySelectorAll('#error-links a').forEach(function (link) {
        link.addEventListener('click', function (event) {
            const field = document.getElementById(link.getAttribute('href').slice(1));
            if (!field) return;
            event.preventDefault();
            field.focus();
        });
    });

    // Ctrl+S (Cmd+S on a Mac) saves the form instead of saving the page as a file.
    const save = document.getElementById('save');
    document.addEventListener('keydown', function (event) {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S' || event.key === 'ы' || event.key === 'Ы')) {
            event.preventDefault();
            if (save) form.requestSubmit(save);
        }
    });

    // A co-executor sees only its own rows at first; the button shows the others again.
    const toggle = document.getElementById('own-rows-toggle');
    if (toggle && form.dataset.ownOnly === 'true') {
        toggle.classList.remove('d-none');
        const show = function (ownOnly) {
            form.classList.toggle('own-only', ownOnly);
            toggle.textContent = ownOnly ? 'Показать все строки' : 'Показать только мои строки';
        };
        show(true);
        toggle.addEventListener('click', function () { show(!form.classList.contains('own-only')); });
    }
})();
