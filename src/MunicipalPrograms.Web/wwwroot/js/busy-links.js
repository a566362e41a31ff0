// Export links (Excel, PDF) can take seconds: the link shows that it works and a second click does not start a
// second export. A download does not unload the page, so the mark is taken off after a while.
(() => {
    document.addEventListener('click', e => {
        const link = e.target.closest?.('a#export-xlsx, a#export-pdf, a[data-export]');
        if (!link) return;
        if (link.getAttribute('aria-busy') === 'true') { e.preventDefault(); return; }
        link.setAttribute('aria-busy', 'true');
        link.classList.add('is-busy');
        link.dataset.caption ??= link.textContent;
        link.textContent = link.dataset.caption + ' — готовится…';
        setTimeout(() => { link.removeAttribute('aria-busy'); link.classList.remove('is-busy'); link.textContent = link.dataset.caption; }, 8000);
    });
})();
