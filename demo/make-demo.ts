/**
 * Writes demo/city-water-demo.factdesk, the bundled demo project. The article
 * and sources are fictional, written by the Factdesk team. Claims are written
 * inline as [[id|text]] and become mark nodes.
 *
 * Run: npm run demo:build
 */
import { writeFileSync } from 'node:fs';
import { bodyOf, headingNode, markNode, paragraphNode, quoteNode, textNode } from '../shared/article/lexical-json';
import { newClaim } from '../shared/claims/claim-factory';
import { serializeProject } from '../shared/project/project-file';
import { refreshClaimAnchors } from '../shared/anchoring/refresh-claim-anchors';
import {
  CURRENT_VERSION,
  DEFAULT_REVIEW_SETTINGS,
  PROJECT_FORMAT,
  type Claim,
  type Project,
} from '../shared/project/schema';

const CREATED = '2026-11-20T09:30:00.000Z';

function inline(text: string): unknown[] {
  const parts: unknown[] = [];
  const pattern = /\[\[([a-z0-9_]+)\|([^\]]+)\]\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(textNode(text.slice(last, match.index)));
    parts.push(markNode([match[1]], [textNode(match[2])]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(textNode(text.slice(last)));
  return parts;
}

const body = bodyOf([
  headingNode('h2', [textNode('Water bills to rise 14% as Eastmere reservoir repairs run over budget')]),
  paragraphNode(
    inline(
      'Households in Port Calder will pay more for water from April after the city council approved a rate increase on Tuesday night. [[clm_rate|The average household bill will rise by 14 per cent, from £412 to £470 a year]], the largest single increase in more than a decade.',
    ),
  ),
  paragraphNode(
    inline(
      'Council leader Marion Okafor said the rise was unavoidable. [[clm_cost|“The repairs to the Eastmere dam have cost us £38 million, almost double the original estimate,”]] she told the meeting. “We either pay for it now or we pay far more when it fails.”',
    ),
  ),
  paragraphNode(
    inline(
      'The dam, completed in 1961, supplies roughly two thirds of the city’s drinking water. [[clm_leak|According to Calder Water, the utility lost 41 million litres a day to leaks last year]], a figure the company says it has since cut by a quarter.',
    ),
  ),
  quoteNode(
    inline(
      '[[clm_lowest|“Even after this increase, our customers will still pay the lowest water bills in the region,”]] said Calder Water’s chief executive, Dev Raman.',
    ),
  ),
  paragraphNode(
    inline(
      'Opposition councillors disputed that claim. Councillor Hana Briggs said neighbouring Ashby already charges less, and accused the council of [[clm_warned|ignoring warnings about the dam’s condition as early as 2019]].',
    ),
  ),
  paragraphNode([
    textNode(
      'The new rates will be reviewed again next autumn, when the final cost of the repairs is known. Residents on low incomes can apply for a reduced tariff through the council’s website.',
    ),
  ]),
]);

let made = 0;
function claim(id: string, fields: Partial<Claim>): Claim {
  // Anchors are filled in by refreshClaimAnchors below, from where each mark sits.
  made += 1;
  const verdictBy = fields.verdict && fields.verdict !== 'unrated' ? 'Priya Shah' : '';
  return { ...newClaim(id, '', 'Priya Shah', new Date(CREATED), made), verdictBy, ...fields };
}

const claims: Claim[] = [
  claim('clm_rate', {
    verdict: 'accurate',
    tags: { attributed: null, disputed: null, free: ['figures'] },
    note: 'Council budget paper, table 3: £412.10 → £469.80 (+14.0%). Rounded figures check out.',
    publicExplanation:
      'The council’s budget paper gives the average bill as £412.10 now and £469.80 from April: a rise of 14.0 per cent.',
  }),
  claim('clm_cost', {
    verdict: 'mostly-accurate',
    tags: {
      attributed: { speaker: 'Marion Okafor, council leader', kind: 'person' },
      disputed: null,
      free: ['figures'],
    },
    note: 'Audit gives £37.6m against a 2021 estimate of £21m: “almost double” is a stretch (1.8×) but fair.',
    publicExplanation:
      'The audit office puts the forecast cost at £37.6 million against a 2021 estimate of £21 million: 1.8 times the estimate.',
  }),
  claim('clm_leak', {
    verdict: 'unrated',
    tags: { attributed: { speaker: 'Calder Water', kind: 'organization' }, disputed: null, free: [] },
    note: 'Press release says 41 Ml/d for 2025. Need the regulator’s figure before rating.',
  }),
  claim('clm_lowest', {
    verdict: 'false',
    tags: {
      attributed: { speaker: 'Dev Raman, Calder Water chief executive', kind: 'person' },
      disputed: { reason: 'Ashby Water’s average bill is £455, lower than £470.' },
      free: ['comparison'],
    },
    note: 'Regional tariff table shows Ashby lower after the increase.',
    publicExplanation:
      'After the increase the average bill in Port Calder (£469.80) is higher than in neighbouring Ashby (£455.20), according to the audit office’s comparison.',
  }),
  claim('clm_warned', {
    verdict: 'unrated',
    tags: { attributed: { speaker: 'Hana Briggs, councillor', kind: 'person' }, disputed: null, free: [] },
    note: 'Look for the 2019 inspection report mentioned in the audit.',
  }),
];

const sources = [
  {
    id: 'src_budget',
    title: 'Port Calder City Council — Water Charges 2027/28, budget paper',
    outlet: 'Port Calder City Council',
    author: 'Finance Committee',
    url: '',
    fileName: 'water-charges-2027.pdf',
    accessedAt: '2026-11-19',
    publishedDate: '',
    text: 'Water Charges 2027/28\n\nThe committee recommends that standard household water charges increase from 1 April 2027.\n\nTable 3 shows the average annual household bill rising from £412.10 to £469.80, an increase of 14.0 per cent.\n\nThe increase is driven mainly by the capital cost of the Eastmere dam remediation programme and by higher energy prices for pumping.\n\nA reduced tariff remains available to households receiving income-related benefits.',
  },
  {
    id: 'src_release',
    title: 'Calder Water cuts leakage by a quarter',
    outlet: 'Calder Water (press release)',
    author: 'Calder Water communications team',
    url: 'https://example.org/calder-water/leakage',
    fileName: '',
    accessedAt: '2026-11-19',
    publishedDate: '',
    text: 'Calder Water cuts leakage by a quarter\n\nCalder Water lost an average of 41 million litres a day to leaks in 2025, according to figures published today.\n\nSince January, new acoustic sensors and faster repairs have reduced leakage by 26 per cent.\n\nChief executive Dev Raman said customers would continue to benefit from some of the lowest bills in the region.',
  },
  {
    id: 'src_audit',
    title: 'Eastmere Dam Remediation: Value for Money Review',
    outlet: 'Regional Audit Office',
    author: 'Regional Audit Office',
    url: '',
    fileName: 'eastmere-audit.docx',
    accessedAt: '2026-11-20',
    publishedDate: '',
    text: 'Eastmere Dam Remediation: Value for Money Review\n\nThe remediation programme was approved in 2021 with an estimated cost of £21.0 million.\n\nBy September 2026 the forecast outturn cost had risen to £37.6 million.\n\nA 2019 inspection report identified seepage in the eastern embankment and recommended further investigation within two years.\n\nThe council did not commission that investigation until 2022.\n\nAppendix B compares average household water bills: after the proposed increase Port Calder would be £469.80, Ashby £455.20 and Merrow £501.40.',
  },
];

const project: Project = refreshClaimAnchors({
  format: PROJECT_FORMAT,
  version: CURRENT_VERSION,
  id: 'prj_demo_city_water',
  createdAt: CREATED,
  updatedAt: CREATED,
  article: {
    title: 'Water bills to rise 14% as Eastmere reservoir repairs run over budget',
    outlet: 'The Harbour Ledger',
    byline: 'Tom Whitcombe, local government reporter',
    url: 'https://example.org/harbour-ledger/water-bills-rise',
    publishedDate: '2026-11-18',
    body,
  },
  claims,
  sources,
  evidence: [],
  activity: [],
  signOff: null,
  nextClaimNumber: claims.length + 1,
  review: { ...DEFAULT_REVIEW_SETTINGS },
  dismissedSuggestions: [],
});

// Written beside this script in the repository (the bundle runs from dist/).
writeFileSync('demo/city-water-demo.factdesk', serializeProject(project));
console.log(`wrote demo with ${project.claims.length} claims`);
