package dev.preflight.report;

import dev.preflight.model.Status;

/**
 * The inline stylesheet and script of the html report, kept apart from its markup. GitHub's
 * palette and system fonts, since the page must look at home next to a pull request without
 * loading anything; a dark scheme follows the reader's setting.
 */
final class HtmlAssets {
  private HtmlAssets() {}

  static final String CSS = """
      :root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--subtle:#f6f8fa;--line:#d1d9e0;\
      --pass:#1a7f37;--pass-bg:#dafbe1;--fail:#cf222e;--fail-bg:#ffebe9;--error:#bc4c00;\
      --error-bg:#fff1e5;--blocked:#8250df;--blocked-bg:#fbefff;--pending:#9a6700;\
      --pending-bg:#fff8c5;--skipped:#59636e;--skipped-bg:#eff2f5;--waived:#0969da;\
      --waived-bg:#ddf4ff}
      @media (prefers-color-scheme:dark){:root{--fg:#f0f6fc;--muted:#9198a1;--bg:#0d1117;\
      --subtle:#151b23;--line:#3d444d;--pass:#3fb950;--pass-bg:#1a3a24;--fail:#f85149;\
      --fail-bg:#42191c;--error:#db6d28;--error-bg:#3d2412;--blocked:#ab7df8;\
      --blocked-bg:#2e2250;--pending:#d29922;--pending-bg:#3a2e10;--skipped:#9198a1;\
      --skipped-bg:#212830;--waived:#4493f8;--waived-bg:#12294a}}
      *{box-sizing:border-box}[hidden]{display:none!important}
      body{margin:0 auto;max-width:1040px;padding:24px 20px 40px;color:var(--fg);\
      background:var(--bg);font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",\
      "Noto Sans","Noto Sans CJK SC",Helvetica,Arial,sans-serif,"Apple Color Emoji",\
      "Segoe UI Emoji","Noto Color Emoji"}
      code,pre{font:12px/1.45 ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,\
      "Liberation Mono","Noto Sans Mono CJK SC",monospace}
      header.run{border:1px solid var(--line);border-radius:8px;padding:16px 20px;\
      border-top:6px solid var(--fail)}
      header.verdict-pass{border-top-color:var(--pass)}\
      header.verdict-pending{border-top-color:var(--pending)}
      .gate{margin:0;font-weight:600;color:var(--fail)}.verdict-pass .gate{color:var(--pass)}
      .verdict-pending .gate{color:var(--pending)}
      .exit{font-weight:400;color:var(--muted);margin-left:6px}
      h1{font-size:24px;margin:4px 0 12px}
      .counts{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0}
      .chip{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;\
      background:var(--subtle);color:var(--muted);border:1px solid var(--line)}
      .counts .chip{font-size:13px;padding:2px 12px}.chip b{font-weight:600}
      .chip.zero{opacity:.55}
      .filters{display:flex;flex-wrap:wrap;gap:6px;margin:16px 0 8px}
      .filters button{font:inherit;font-size:13px;cursor:pointer;border:1px solid var(--line);\
      background:var(--subtle);color:var(--fg);border-radius:6px;padding:3px 12px}
      .filters button[aria-pressed=true]{background:var(--fg);color:var(--bg);\
      border-color:var(--fg)}
      .filters .n{opacity:.7;margin-left:2px}
      details.section{border:1px solid var(--line);border-radius:8px;margin:12px 0;\
      background:var(--bg)}
      details.section details.section{margin:8px 12px 12px}
      details.section>summary{cursor:pointer;padding:8px 14px;display:flex;align-items:center;\
      gap:10px;flex-wrap:wrap;background:var(--subtle);border-radius:8px}
      details.section[open]>summary{border-bottom:1px solid var(--line);\
      border-radius:8px 8px 0 0}
      summary h2,summary h3,summary h4,summary h5,summary h6{margin:0;font-size:15px}
      .tally{margin-left:auto;display:flex;gap:4px;flex-wrap:wrap}
      ol.items{list-style:none;margin:0;padding:0}
      li.item{padding:8px 14px;border-bottom:1px solid var(--line)}
      li.item:last-child{border-bottom:0}
      .line{display:flex;align-items:baseline;gap:8px;flex-wrap:wrap}
      .title{font-weight:500}.s-pass .title,.s-skipped .title{font-weight:400}
      .id{color:var(--muted);font-size:11px}
      .metrics{display:flex;gap:4px;flex-wrap:wrap}
      .metrics code{background:var(--subtle);border-radius:4px;padding:0 5px}
      .duration{margin-left:auto;color:var(--muted);font-variant-numeric:tabular-nums}
      .badge{display:inline-block;min-width:62px;text-align:center;border-radius:999px;\
      font-size:12px;font-weight:600;padding:0 8px;line-height:20px}
      .tag{font-size:11px;border:1px solid var(--pending);color:var(--pending);\
      border-radius:999px;padding:0 6px}
      .reasons{margin:6px 0 0 78px;padding-left:16px;white-space:pre-line}
      .manual{margin:6px 0 0 78px;white-space:pre-line;color:var(--muted)}
      .signoffs{margin:6px 0 0 78px;padding-left:16px;list-style:"✍ "}
      .signoffs .waiver{list-style:"~ ";color:var(--waived)}
      details.output{margin:6px 0 0 78px}
      details.output>summary{cursor:pointer;color:var(--muted);font-size:12px}
      pre{margin:4px 0 0;padding:8px 12px;background:var(--subtle);border:1px solid \
      var(--line);border-radius:6px;overflow:auto;max-height:26em;white-space:pre}
      .empty{color:var(--muted);text-align:center;padding:24px}
      footer{margin-top:20px;color:var(--muted);font-size:12px}
      """
      + statusColours();

  /** One rule pair per status, so badges, chips and item accents agree. */
  private static String statusColours() {
    StringBuilder css = new StringBuilder();
    for (Status status : StatusMarks.ORDER) {
      String s = status.label();
      css.append(".badge.s-").append(s).append(",.chip.s-").append(s).append("{color:var(--")
          .append(s).append(");background:var(--").append(s).append("-bg);border-color:var(--")
          .append(s).append(")}\n")
          .append("li.item.s-").append(s).append("{box-shadow:inset 3px 0 var(--").append(s)
          .append(")}\n");
    }
    return css.toString();
  }

  /**
   * Shows only items whose status is in {@code #filter=a,b}; a section stays visible while
   * any item below it does, and opens so a filtered view never hides its matches.
   */
  static final String SCRIPT = """
      (function () {
        'use strict';
        var nav = document.querySelector('nav.filters');
        var buttons = Array.prototype.slice.call(nav.querySelectorAll('button'));
        var items = Array.prototype.slice.call(document.querySelectorAll('li.item'));
        var sections = Array.prototype.slice.call(document.querySelectorAll('details.section'));
        var empty = document.querySelector('p.empty');
        function wanted() {
          var m = /(?:^#|&)filter=([a-z,]+)/.exec(location.hash);
          return m && m[1] !== 'all' ? m[1].split(',') : null;
        }
        function apply() {
          var only = wanted();
          items.forEach(function (li) {
            li.hidden = only !== null && only.indexOf(li.getAttribute('data-status')) < 0;
          });
          sections.slice().reverse().forEach(function (s) {
            s.hidden = only !== null && s.querySelector('li.item:not([hidden])') === null;
            if (only !== null && !s.hidden) { s.open = true; }
          });
          var key = only === null ? 'all' : only.join(',');
          buttons.forEach(function (b) {
            b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === key));
          });
          empty.hidden = only === null || items.some(function (li) { return !li.hidden; });
        }
        buttons.forEach(function (b) {
          b.addEventListener('click', function () {
            location.hash = 'filter=' + b.getAttribute('data-filter');
          });
        });
        window.addEventListener('hashchange', apply);
        nav.hidden = false;
        apply();
      })();
      """;
}
