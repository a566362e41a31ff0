// The plan grids (indicators' planned values, funding): Enter moves down a column, a block copied from Excel
// (tab-separated rows, decimal commas, spaces as group separators) is pasted from the focused cell right and down,
// cells are checked as they are typed (the server checks them again on save), the funding totals follow the typed
// cells, and indicator rows are added, removed and reordered. Without JavaScript the grids still work: Tab moves
// between cells and the totals are recomputed on save.
(function () {
    'use strict';
    const form = document.querySelector('form.plan-grid-form');
    if (!form) return;
    const tbody = form.querySelector('table tbody');

    // The same number shape as RuInput.Number on the server: groups of three or plain digits, one decimal separator.
    const pattern = /^[-−]?(\d{1,3}( \d{3})+|\d+)([.,]\d+)?$/;
    const normalize = text => text.trim().replace(/[\u00A0\u202F\u2009]/g, ' ');

    function parse(text) {
        const t = normalize(text || '');
        if (t === '') return 0;
        if (!pattern.test(t)) return NaN;
        return Number(t.replace(/ /g, '').replace('−', '-').replace(',', '.'));
    }

    function check(input) {
        if (input.tagName !== 'INPUT' || !input.classList.contains('gc')) return;
        const value = parse(input.value);
        const bad = Number.isNaN(value) || (input.classList.contains('money') && value < 0);
        input.classList.toggle('is-invalid', bad);
        input.title = bad ? 'Введите число с десятичной запятой, например 1 129,01' + (input.classList.contains('money') ? ', не меньше нуля' : '') : '';
    }

    // Rows of the body that hold cells, and the cell of a row in a given column (first input/select of the td).
    const editableRows = () => Array.from(tbody.rows).filter(r => r.querySelector('.gc'));
    const cellAt = (row, column) => row && row.cells[column] ? row.cells[column].querySelector('.gc') : null;

    function moveDown(input) {
        const td = input.closest('td');
        const rows = editableRows();
        for (let k = rows.indexOf(td.parentElement) + 1; k < rows.length; k++) {
            const next = cellAt(rows[k], td.cellIndex);
            if (next) { next.focus(); if (next.select) next.select(); return; }
        }
    }

    function paste(target, text) {
        const lines = text.replace(/\r\n?/g, '\n').split('\n');
        if (lines.length && lines[lines.length - 1] === '') lines.pop();
        const block = lines.map(l => l.split('\t'));
        if (block.length <= 1 && block[0] && block[0].length <= 1) return false; // one value: the browser pastes it
        const td = target.closest('td');
        const rows = editableRows();
        const start = rows.indexOf(td.parentElement);
        block.forEach((values, r) => values.forEach((value, c) => {
            const cell = cellAt(rows[start + r], td.cellIndex + c);
            if (!cell || cell.readOnly || cell.disabled) return;
            const v = normalize(value);
            if (cell.tagName === 'SELECT') {
                const yes = /^(1|да)$/i.test(v), no = /^(0|нет)$/i.test(v);
                cell.value = yes ? '1' : no ? '0' : '';
            } else cell.value = v;
            check(cell);
        }));
        recompute();
        return true;
    }

    function recompute() {
        const inputs = Array.from(form.querySelectorAll('input.money'));
        form.querySelectorAll('[data-sum-a]').forEach(total => {
            const acts = total.dataset.sumA ? total.dataset.sumA.split(' ') : null;
            const source = total.dataset.sumS, year = total.dataset.sumY;
            let sum = 0;
            for (const input of inputs) {
                if (acts && !acts.includes(input.dataset.a)) continue;
                if (source && input.dataset.s !== source) continue;
                if (year && input.dataset.y !== year) continue;
                const v = parse(input.value);
                if (!Number.isNaN(v) && v > 0) sum += v;
            }
            total.textContent = money(sum);
        });
    }

    // "10 632 100,00" with non-breaking spaces, as RuFormat.Money prints it.
    function money(value) {
        const [whole, fraction] = (Math.round(value * 100) / 100).toFixed(2).split('.');
        return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0') + ',' + fraction;
    }

    form.addEventListener('keydown', e => {
        if (e.key === 'Enter' && e.target.classList.contains('gc')) { e.preventDefault(); moveDown(e.target); }
    });
    form.addEventListener('paste', e => {
        if (!e.target.classList || !e.target.classList.contains('gc')) return;
        const text = (e.clipboardData || window.clipboardData).getData('text');
        if (paste(e.target, text)) e.preventDefault();
    });
    form.addEventListener('input', e => { check(e.target); if (e.target.classList.contains('money')) recompute(); });

    // Indicator rows: add from the template, remove (warning when facts were reported), move up and down.
    let added = 0;
    const addButton = document.getElementById('add-row');
    if (addButton) addButton.addEventListener('click', () => {
        const template = document.getElementById('row-template');
        const token = 'n' + (++added) + '_' + Date.now();
        tbody.insertAdjacentHTML('beforeend', template.innerHTML.replaceAll('__T__', token));
        tbody.rows[tbody.rows.length - 1].querySelector('textarea, input:not([type=hidden])').focus();
    });
    tbody.addEventListener('click', e => {
        const button = e.target.closest('button');
        if (!button) return;
        const row = button.closest('tr');
        if (button.classList.contains('row-up') && row.previousElementSibling) row.parentNode.insertBefore(row, row.previousElementSibling);
        if (button.classList.contains('row-down') && row.nextElementSibling) row.parentNode.insertBefore(row.nextElementSibling, row);
        if (button.classList.contains('row-remove')) {
            if (row.dataset.facts === 'true') document.getElementById('removal-warning').classList.remove('d-none');
            row.remove();
        }
    });

    // The cells of a row take the new target kind (two bounds, да/нет) when the page is saved and shown again.
    form.addEventListener('change', e => {
        const select = e.target;
        if (!select.name || !select.name.endsWith('.TargetKind') || select.parentElement.querySelector('.kind-note')) return;
        select.insertAdjacentHTML('afterend', '<div class="kind-note small text-muted">ячейки изменятся после сохранения</div>');
    });

    // For tests and for other scripts: paste text into a cell as the paste event would.
    window.planGrid = { paste: (input, text) => paste(input, text), recompute };
})();
