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
