import { VERDICTS } from '../claims/verdicts';
import { VERDICT_COLOURS } from './verdict-colours';

/** The report's one stylesheet, inlined: screen layout, verdict colours and print pagination. */

const verdictRules = VERDICTS.map((verdict) => {
  const { light, strong } = VERDICT_COLOURS[verdict];
  return [
    `.hl.v-${verdict}{background:${light}}`,
    `.hl.under-${verdict}{box-shadow:inset 0 -3px 0 ${strong}}`,
    `.ref.v-${verdict},.verdict.v-${verdict},.chip.v-${verdict},.bar-part.v-${verdict}{background:${strong}}`,
    `.entry.v-${verdict}{border-left-color:${strong}}`,
  ].join('\n');
}).join('\n');

export const REPORT_STYLE = `
:root{--ink:#1b1d21;--muted:#5d6470;--rule:#d9d5cc;--paper:#fffdf9;--accent:#123c69;--serif:Charter,'Iowan Old Style',Georgia,'Noto Serif','Noto Serif CJK SC',serif;--sans:'Helvetica Neue',Arial,'Noto Sans','Noto Sans CJK SC',sans-serif}
*{box-sizing:border-box}
html{background:#ecebe6;color:var(--ink);-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:16px/1.6 var(--serif)}
.report{max-width:52rem;margin:2rem auto;padding:2.5rem 3rem 2rem;background:var(--paper);box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1,h2,h3,h4,h5,h6{line-height:1.25}
h2{font:700 .8rem/1.2 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:var(--accent);border-top:3px solid var(--ink);padding-top:.6rem;margin:2.5rem 0 1rem}
a{color:var(--accent)}
.none{color:var(--muted);font-style:italic}
.masthead{border-bottom:1px solid var(--rule);padding-bottom:1.25rem}
.kicker{font:700 .75rem var(--sans);letter-spacing:.16em;text-transform:uppercase;color:#9e1f2a;margin:0 0 .5rem}
.masthead h1{font-size:2.1rem;margin:0 0 1rem}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem 1.5rem;margin:0 0 1rem;font:.85rem/1.4 var(--sans)}
.facts dt{color:var(--muted);font-size:.7rem;text-transform:uppercase;letter-spacing:.08em}
.facts dd{margin:0;overflow-wrap:anywhere}
.signoff,.reviewers{font:.85rem var(--sans);margin:.25rem 0}
.signoff.signed::before{content:'✓ ';color:#24703f;font-weight:700}
.signoff.unsigned{color:#94600f}
.stats{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem;margin-bottom:1rem}
.stats p{margin:0;padding:.75rem 1rem;border:1px solid var(--rule);font:.85rem var(--sans);color:var(--muted)}
.stats strong{display:block;font:700 1.8rem/1.1 var(--serif);color:var(--ink)}
.verdict-bar{display:flex;height:.6rem;margin-bottom:1rem;gap:2px}
.bar-part{display:block}
.tables{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem;align-items:start}
table{border-collapse:collapse;width:100%;font:.85rem var(--sans)}
caption{text-align:left;font-weight:700;padding-bottom:.3rem}
th,td{text-align:left;padding:.2rem 0;border-bottom:1px solid var(--rule);font-weight:400}
td{text-align:right}
.chip{display:inline-block;width:.7rem;height:.7rem;margin-right:.4rem;vertical-align:-.05rem}
.legend{font:.8rem var(--sans);color:var(--muted)}
.article-body{font-size:1.05rem}
.article-body blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--rule);font-style:italic}
.article-heading{font-size:1.3rem}
.article-body li.nested{list-style:none}
.link-url{font:.75rem var(--sans);color:var(--muted);overflow-wrap:anywhere}
.hl{color:inherit;padding:.05em 0;border-radius:2px}
.hl.overlap{font-weight:600}
.ref{display:inline-block;min-width:1.25rem;margin:0 .15rem 0 .1rem;padding:0 .3rem;border-radius:.65rem;color:#fff;font:700 .7rem/1.25rem var(--sans);text-align:center;text-decoration:none;vertical-align:.1rem}
.entries{list-style:none;padding:0;margin:0}
.entry{border:1px solid var(--rule);border-left:6px solid;padding:1rem 1.25rem;margin-bottom:1.25rem;background:#fff}
.entry-head{font:.8rem var(--sans);margin:0}
.entry-number{font:700 1.2rem var(--serif);margin-right:.3rem;color:inherit;text-decoration:none}
.verdict{color:#fff;font-weight:700;text-transform:uppercase;letter-spacing:.06em;padding:.15rem .5rem;border-radius:2px}
.status{color:var(--muted);margin-left:.3rem}
.status-approved{color:#24703f}.status-changes-requested{color:#9e1f2a}
.entry-quote{margin:.75rem 0;font-size:1.1rem;font-style:italic}
.entry-quote::before{content:'“'}.entry-quote::after{content:'”'}
.warning{font:.85rem var(--sans);color:#9e1f2a}
.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0;font:.75rem var(--sans)}
.tag{border:1px solid var(--rule);border-radius:1rem;padding:.05rem .6rem;background:#f6f4ef}
.tag-disputed{border-color:#d7a0a5;background:#fbeeee}
.entry h4{font:700 .7rem var(--sans);text-transform:uppercase;letter-spacing:.1em;color:var(--muted);margin:1rem 0 .35rem}
.entry p{margin:.25rem 0}
.evidence-list{padding-left:1.25rem;margin:0}
.evidence-item{margin-bottom:.75rem}
.stance{font:700 .7rem var(--sans);text-transform:uppercase;letter-spacing:.06em}
.stance-supports .stance{color:#24703f}.stance-contradicts .stance{color:#9e1f2a}.stance-context .stance{color:#505868}
.excerpt{margin:.2rem 0;padding:.3rem .75rem;border-left:3px solid var(--rule);background:#faf8f3}
.citation,.evidence-note,.comment-head,.provenance{font:.8rem/1.45 var(--sans);color:var(--muted)}
.citation cite{color:var(--ink)}
.source-ref,.source-number{font:700 .75rem var(--sans);color:var(--accent);text-decoration:none}
.comment-list{list-style:none;padding:0;margin:0}
.comment{padding:.4rem 0;border-bottom:1px dotted var(--rule)}
.who{font-weight:700;color:var(--ink)}
.kind-request-changes .comment-head{color:#9e1f2a}.kind-approval .comment-head{color:#24703f}
.resolved{border:1px solid var(--rule);border-radius:1rem;padding:0 .4rem}
.provenance{margin-top:.75rem}
.source-list{padding-left:0;list-style:none;font:.9rem/1.5 var(--sans)}
.source-list li{margin-bottom:.4rem}
.colophon{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:.6rem;font:.75rem var(--sans);color:var(--muted)}
${verdictRules}
@page{size:A4;margin:16mm 15mm 18mm}
@media print{
html{background:#fff}
body{font-size:11pt}
.report{max-width:none;margin:0;padding:0;box-shadow:none;background:#fff}
h2{break-after:avoid}
.entry,.evidence-item,.summary table,.stats{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;
