package dev.asynciotck.report;

/**
 * The inline scripts of the pages. They never build content: the pages are complete static HTML;
 * scripts only filter, copy, and record that they ran.
 */
final class PageScripts {

    /**
     * Installed first, in the head: records any script error, unhandled rejection or content
     * security policy violation in {@code data-script-errors} on {@code <html>} and shows a banner.
     */
    static final String ERROR_TRAP = """
            (function () {
              var errors = [];
              function banner() {
                var b = document.getElementById('script-errors');
                if (!b) {
                  b = document.createElement('div');
                  b.id = 'script-errors';
                  b.className = 'script-errors';
                  b.setAttribute('role', 'alert');
                  document.body.insertBefore(b, document.body.firstChild);
                }
                b.textContent = 'This page has script errors: ' + errors.join(' | ');
              }
              function note(message) {
                errors.push(String(message));
                document.documentElement.setAttribute('data-script-errors', errors.join(' | '));
                if (document.body) { banner(); } else { document.addEventListener('DOMContentLoaded', banner); }
              }
              window.onerror = function (message, source, line, column) {
                note(message + ' (' + (source || 'inline') + ':' + line + ':' + column + ')');
              };
              window.addEventListener('unhandledrejection', function (e) {
                var r = e.reason;
                note('unhandled rejection: ' + (r && r.message ? r.message : r));
              });
              document.addEventListener('securitypolicyviolation', function (e) {
                note('blocked ' + e.violatedDirective + ': ' + e.blockedURI);
              });
            })();
            """;

    /** Last on every page: records that the page's scripts ran to the end. */
    static final String RENDERED = "document.documentElement.dataset.rendered = \"yes\";\n";

    /**
     * The matrix filters: "only clauses where implementations differ", a level, a text on clause
     * id and title; the initial state may come from the fragment ({@code #differ&level=MUST&q=stop}).
     * Keeps a visible count of the rows shown, also in {@code data-shown} on {@code <html>}.
     */
    static final String MATRIX_FILTERS = """
            (function () {
              var rows = Array.prototype.slice.call(document.querySelectorAll('tr.clause-row'));
              var areas = Array.prototype.slice.call(document.querySelectorAll('tr.area-row'));
              var differ = document.getElementById('only-differ');
              var level = document.getElementById('level');
              var filter = document.getElementById('filter');
              var shown = document.getElementById('shown');
              function apply() {
                var q = filter.value.trim().toLowerCase();
                var count = 0;
                var seen = {};
                rows.forEach(function (row) {
                  var ok = (!differ.checked || row.dataset.differs === 'yes')
                    && (!level.value || row.dataset.level === level.value)
                    && (!q || row.dataset.text.indexOf(q) >= 0);
                  row.hidden = !ok;
                  if (ok) { count++; seen[row.dataset.area] = true; }
                });
                areas.forEach(function (row) { row.hidden = !seen[row.dataset.area]; });
                shown.textContent = count + ' of ' + rows.length + ' clauses shown';
                document.documentElement.dataset.shown = String(count);
              }
              var params = new URLSearchParams(location.hash.replace(/^#/, ''));
              if (params.has('differ')) { differ.checked = true; }
              if (params.get('level')) { level.value = params.get('level'); }
              if (params.get('q')) { filter.value = params.get('q'); }
              differ.addEventListener('change', apply);
              level.addEventListener('change', apply);
              filter.addEventListener('input', apply);
              apply();
            })();
            """;

    /** The copy button of a case page's replay command: selects the command and copies it where allowed. */
    static final String COPY_REPLAY = """
            (function () {
              var button = document.getElementById('copy-replay');
              var code = document.getElementById('replay');
              var status = document.getElementById('copy-status');
              button.addEventListener('click', function () {
                var range = document.createRange();
                range.selectNodeContents(code);
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                var copied = false;
                try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
                status.textContent = copied ? 'copied' : 'selected: press Ctrl+C to copy';
              });
              button.hidden = false;
            })();
            """;

    private PageScripts() {
    }
}
