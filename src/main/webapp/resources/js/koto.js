/*
 * PrimeFaces' select menus take the focus on a span with role combobox. A <label for> cannot name a span, and the
 * menu's script overwrites the span's aria-label with the chosen value, so a screen reader would announce the value
 * and never the field. Name each menu by its label followed by its value (aria-labelledby wins over aria-label),
 * on every page load and after every partial update.
 */
(function () {
    function nameMenus() {
        document.querySelectorAll('.ui-selectonemenu [role="combobox"][id]').forEach(function (combo) {
            var label = document.querySelector('label[for="' + CSS.escape(combo.id) + '"]')
                || document.querySelector('label[for="' + CSS.escape(combo.id.replace(/_(label|focus)$/, '_input')) + '"]');
            if (!label) {
                return;
            }
            if (!label.id) {
                label.id = combo.id + '_name';
            }
            combo.setAttribute('aria-labelledby', label.id + ' ' + combo.id);
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', nameMenus);
    } else {
        nameMenus();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', nameMenus);
    }
})();

/*
 * PrimeFaces' paginators (every paginated table): the rows-per-page select names a label by aria-labelledby that
 * is not always on the page, while the paginator's script gives the select its name by aria-label as well. Drop
 * references to ids that do not exist, so the name comes from aria-label; and give any paginator link without
 * href one, so that it is a link for assistive technology (its click is PrimeFaces' own, never a navigation).
 */
(function () {
    function fixPaginators() {
        document.querySelectorAll('.ui-paginator [aria-labelledby]').forEach(function (element) {
            var ids = element.getAttribute('aria-labelledby').split(/\s+/).filter(function (id) {
                return id && document.getElementById(id);
            });
            if (ids.length) {
                element.setAttribute('aria-labelledby', ids.join(' '));
            } else {
                element.removeAttribute('aria-labelledby');
            }
        });
        document.querySelectorAll('.ui-paginator a:not([href])').forEach(function (link) {
            link.setAttribute('href', '#');
            link.addEventListener('click', function (event) {
                event.preventDefault();
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fixPaginators);
    } else {
        fixPaginators();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', fixPaginators);
    }
})();
