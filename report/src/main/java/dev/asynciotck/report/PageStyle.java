package dev.asynciotck.report;

/** The inline style sheet every page carries (no external style sheet, no web font). */
final class PageStyle {

    /** The CSS. */
    static final String CSS = """
            :root { --toolbar-h: 2.6rem; color: #1f2328; background: #fff;
              font: 14px/1.4 system-ui, "DejaVu Sans", "Liberation Sans", sans-serif; }
            body { margin: 0 1rem 2rem; }
            [hidden] { display: none !important; }
            h1 { font-size: 1.35rem; margin: .8rem 0 .2rem; }
            h2 { font-size: 1.08rem; margin: 1.3rem 0 .4rem; padding-bottom: .15rem; border-bottom: 1px solid #d0d7de; }
            h1 .mono { font-size: inherit; }
            table#clauses td:first-child { min-width: 26rem; }
            h2 .qual, h1 .qual { font-weight: normal; color: #57606a; font-size: .9em; }
            a { color: #0a58ca; }
            code, pre, .mono { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 12.5px; }
            pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: .45rem .65rem;
              margin: .3rem 0; overflow-x: auto; }
            .muted { color: #57606a; }
            .nav { margin: .6rem 0 0; font-size: 13px; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1px 1rem; margin: .4rem 0; }
            dl.facts dt { color: #57606a; }
            dl.facts dd { margin: 0; }
            table { border-collapse: separate; border-spacing: 0; }
            th, td { border: solid #d0d7de; border-width: 0 1px 1px 0; padding: 2px 7px; text-align: left;
              vertical-align: top; }
            tr > :first-child { border-left-width: 1px; }
            thead tr:first-child > * { border-top-width: 1px; }
            thead th { background: #eef1f4; position: sticky; top: 0; z-index: 1; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .zero { color: #aab2bb; }
            .v { white-space: nowrap; font-weight: 600; }
            .v a { color: inherit; }
            .v-passed { background: #d7f0dc; color: #14532d; }
            .v-failed { background: #f7c9c9; color: #7f1111; }
            .v-expected { background: #fce3a6; color: #5c3b00; }
            .v-skipped { background: #dfe6f0; color: #2b3a52; }
            .v-explained { background: #fde8e8; color: #7f1d1d; font-weight: normal; }
            .v-untested { background: #f3f3f4; color: #6b7280; font-weight: normal; }
            .v-absent { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #f0f0f0 4px, #f0f0f0 8px);
              color: #6b7280; font-weight: normal; }
            .badge { display: inline-block; padding: 0 .4em; border-radius: 3px; }
            ul.legend { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: .3rem 0; }
            ul.legend li { padding: 0 .45em; border-radius: 3px; font-size: 12.5px; }
            .cid { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-weight: 600; white-space: nowrap; }
            .reason { font-size: 12.5px; }
            .script-errors { position: sticky; top: 0; z-index: 10; margin: 0 -1rem; padding: .5rem 1rem;
              background: #7f1111; color: #fff; font-weight: 600; }
            .replay { display: flex; gap: .5rem; align-items: flex-start; }
            .replay code { flex: 1; display: block; padding: .4rem .6rem; background: #f6f8fa; border: 1px solid #d0d7de;
              border-radius: 4px; user-select: all; white-space: pre-wrap; word-break: break-all; }
            .message { font-size: 15px; padding: .4rem .6rem; border-left: 4px solid #d0d7de; background: #fafbfc; }
            pre.program, ol.trace { max-height: 30em; overflow: auto; resize: vertical; }
            .traces { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
            .traces > section { min-width: 0; }
            ol.trace { margin: .3rem 0; padding: .35rem .4rem .35rem 3.2em; background: #f6f8fa; border: 1px solid #d0d7de;
              border-radius: 4px; font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 12.5px;
              overflow-x: auto; }
            ol.trace li { white-space: pre; }
            ol.trace li::marker { color: #8c959f; }
            ol.trace li.diverge { background: #f7c9c9; outline: 1px solid #d4a0a0; }
            .toolbar { position: sticky; top: 0; z-index: 3; height: var(--toolbar-h); box-sizing: border-box;
              display: flex; align-items: center; gap: 1.1rem; margin: 0 -1rem; padding: 0 1rem; background: #fff;
              border-bottom: 1px solid #d0d7de; white-space: nowrap; overflow-x: auto; }
            .toolbar .shown { font-weight: 600; }
            table.matrix { font-size: 13px; margin-top: .4rem; }
            table.matrix thead { position: sticky; top: var(--toolbar-h); z-index: 2; }
            table.matrix thead th { position: static; vertical-align: bottom; }
            table.matrix th.run { width: 9.5rem; min-width: 9.5rem; }
            table.matrix th.run .impl, table.matrix th.run .when { display: block; font-weight: normal; font-size: 11.5px;
              color: #57606a; }
            table.matrix tr.totals th, table.matrix tr.totals td { font-weight: normal; font-size: 11.5px; background: #f6f8fa; }
            table.matrix tr.totals td span { display: inline-block; margin: 0 .15rem .1rem 0; padding: 0 .25em; border-radius: 3px;
              font-weight: 600; }
            table.matrix tr.totals td span.zero { opacity: .45; font-weight: normal; }
            table.matrix tr.area-row th { background: #e9edf1; font-weight: 700; padding-top: 3px; }
            table.matrix tbody th { font-weight: normal; min-width: 24rem; max-width: 44rem; }
            table.matrix tbody tr.clause-row:hover > * { box-shadow: inset 0 0 0 999px rgba(0, 0, 0, .04); }
            table.matrix td.v { text-align: center; }
            """;

    private PageStyle() {
    }
}
