// Behaviour that views once wrote inline (onchange=, onclick=, style="width:…"), which the Content-Security-Policy
// refuses (ADR 0023). Markup asks for it with data-* attributes; one delegated listener per kind.
(function () {
    'use strict';

    // <select data-submit-on-change>: the picker shows its choice at once (the <noscript> button does it without script).
    // <select data-period-pair>: a «year|kind» option fills the form's hidden year and period, then submits.
    document.addEventListener('change', function (e) {
        var select = e.target;
        if (!(select instanceof HTMLSelectElement) || !select.form) return;
        if (select.hasAttribute('data-period-pair')) {
            var parts = select.value.split('|');
            select.form.elements.namedItem('year').value = parts[0];
            select.form.elements.namedItem('period').value = parts[1];
            select.form.submit();
        } else if (select.hasAttribute('data-submit-on-change')) {
            select.form.submit();
        }
    });

    // <button data-confirm="…">: asks first; «Отмена» keeps the form from being sent.
    // <button data-print>: the browser's print dialog (the report forms' toolbar).
    document.addEventListener('click', function (e) {
        var button = e.target instanceof Element ? e.target.closest('[data-confirm], [data-print]') : null;
        if (!button) return;
        if (button.hasAttribute('data-print')) { window.print(); return; }
        if (!window.confirm(button.getAttribute('data-confirm'))) e.preventDefault();
    });

    // <div class="progress-bar" data-width-percent="42">: the bar's width, set through the CSSOM (allowed by the policy,
    // unlike a style attribute in the markup).
    function sizeBars(root) {
        root.querySelectorAll('[data-width-percent]').forEach(function (bar) {
            bar.style.width = bar.getAttribute('data-width-percent') + '%';
        });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { sizeBars(document); });
    else sizeBars(document);
})();
