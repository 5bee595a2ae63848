// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.
import type { Statement, TextLimits } from "../src/bindings";

export const TEXT_LIMITS: TextLimits = {
  "name": 80,
  "notes": 10000,
  "owner": 100,
  "pole": 500,
  "reason": 200,
  "tag": 40,
  "title": 200
};

/** templates.rs: each template's areas, in lane order. */
export const TEMPLATES: Record<"basic" | "full", { name: string; colour: string; product_pole: string; customer_pole: string }[]> = {
  "basic": [
    {
      "colour": "#5B5BD6",
      "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
      "name": "End goal",
      "product_pole": "Build the best product there is; success rests on how good the product is."
    },
    {
      "colour": "#0F9D8A",
      "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
      "name": "Growth strategy",
      "product_pole": "Grow by upgrading and extending the product through steady innovation."
    },
    {
      "colour": "#D9733A",
      "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
      "name": "Marketing strategy",
      "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
    }
  ],
  "full": [
    {
      "colour": "#5B5BD6",
      "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
      "name": "End goal",
      "product_pole": "Build the best product there is; success rests on how good the product is."
    },
    {
      "colour": "#0F9D8A",
      "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
      "name": "Growth strategy",
      "product_pole": "Grow by upgrading and extending the product through steady innovation."
    },
    {
      "colour": "#D9733A",
      "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
      "name": "Marketing strategy",
      "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
    },
    {
      "colour": "#8E4EC6",
      "customer_pole": "Many small experiments, steered by what customers say and do.",
      "name": "R&D and innovation",
      "product_pole": "Few large, long and risky bets that may or may not find product-market fit."
    },
    {
      "colour": "#C2418C",
      "customer_pole": "Engagement, churn, lifetime value, NPS and retention, written into people's goals.",
      "name": "Success metrics",
      "product_pole": "Sales figures, units shipped and product specifications."
    },
    {
      "colour": "#3E7FC1",
      "customer_pole": "Cross-functional teams built around customer segments and journeys.",
      "name": "Organisation",
      "product_pole": "Budgets and teams arranged by product line; silos are tolerated."
    },
    {
      "colour": "#3F9650",
      "customer_pole": "Pain points, feedback and usage data are where product ideas start.",
      "name": "Customer research",
      "product_pole": "Ideas come from inside; the audience is picked once the product idea exists."
    },
    {
      "colour": "#A87B2F",
      "customer_pole": "Short cycles: read the market, then react.",
      "name": "Time horizon",
      "product_pole": "Long roadmaps funded by patient capital."
    }
  ]
};

/** model/assessment.rs: the self-assessment's statements, in order. */
export const STATEMENTS: Statement[] = [
  {
    "pole": "product",
    "text": "When we plan, we start from the products we want to sell."
  },
  {
    "pole": "customer",
    "text": "When we plan, we start from the problems our current customers tell us about."
  },
  {
    "pole": "product",
    "text": "We build the features we believe customers will want."
  },
  {
    "pole": "customer",
    "text": "We build to fix reported issues and to smooth the customer's experience."
  },
  {
    "pole": "product",
    "text": "We pick the audience once the product idea is settled."
  },
  {
    "pole": "customer",
    "text": "Our product ideas come from customer feedback and usage data."
  },
  {
    "pole": "product",
    "text": "Teams are rewarded mainly on sales and units shipped."
  },
  {
    "pole": "customer",
    "text": "Engagement, retention or NPS figures sit in our teams' goals."
  },
  {
    "pole": "product",
    "text": "Our stories are written to persuade buyers of the product's merits."
  },
  {
    "pole": "customer",
    "text": "We spend more effort improving what customers already have than launching new things."
  },
  {
    "pole": "product",
    "text": "Our campaigns target broad demographic groups with one message."
  },
  {
    "pole": "customer",
    "text": "Our marketing is personalised from what customers actually do."
  },
  {
    "pole": "product",
    "text": "We send frequent mass e-mails to our whole list."
  },
  {
    "pole": "customer",
    "text": "We contact customers rarely, when it is timely and relevant to them."
  }
];

/** model/placement.rs: a card's share of the axis, and the offset that asks for no row. */
export const PLACEMENT = {
  "card_span": 40.0,
  "no_preference": 0.5
};

/** Lanes and the rows the core gives their cards. */
export const PLACEMENT_CASES: { cards: { id: string; position: number; lane_offset: number }[]; rows: string[][] }[] =
  [{"cards":[{"id":"00000000-0000-0000-0000-000000000001","lane_offset":0.7,"position":-50.0},{"id":"00000000-0000-0000-0000-000000000002","lane_offset":0.3,"position":86.0},{"id":"00000000-0000-0000-0000-000000000003","lane_offset":0.5,"position":26.0}],"rows":[["00000000-0000-0000-0000-000000000003","00000000-0000-0000-0000-000000000002"],["00000000-0000-0000-0000-000000000001"]]},{"cards":[{"id":"00000000-0000-0000-0000-000000000004","lane_offset":0.7,"position":85.0},{"id":"00000000-0000-0000-0000-000000000005","lane_offset":0.3,"position":-29.0},{"id":"00000000-0000-0000-0000-000000000006","lane_offset":1.0,"position":-35.0},{"id":"00000000-0000-0000-0000-000000000007","lane_offset":0.7,"position":-98.0},{"id":"00000000-0000-0000-0000-000000000008","lane_offset":0.0,"position":97.0},{"id":"00000000-0000-0000-0000-000000000009","lane_offset":1.0,"position":24.0},{"id":"00000000-0000-0000-0000-00000000000a","lane_offset":0.7,"position":4.0},{"id":"00000000-0000-0000-0000-00000000000b","lane_offset":0.3,"position":-84.0}],"rows":[["00000000-0000-0000-0000-00000000000b","00000000-0000-0000-0000-000000000005","00000000-0000-0000-0000-000000000008"],["00000000-0000-0000-0000-000000000007","00000000-0000-0000-0000-000000000006","00000000-0000-0000-0000-000000000009","00000000-0000-0000-0000-000000000004"],["00000000-0000-0000-0000-00000000000a"]]},{"cards":[{"id":"00000000-0000-0000-0000-00000000000c","lane_offset":0.5,"position":-12.0},{"id":"00000000-0000-0000-0000-00000000000d","lane_offset":0.3,"position":29.0},{"id":"00000000-0000-0000-0000-00000000000e","lane_offset":0.7,"position":99.0},{"id":"00000000-0000-0000-0000-00000000000f","lane_offset":0.5,"position":-15.0},{"id":"00000000-0000-0000-0000-000000000010","lane_offset":1.0,"position":-8.0},{"id":"00000000-0000-0000-0000-000000000011","lane_offset":1.0,"position":-47.0},{"id":"00000000-0000-0000-0000-000000000012","lane_offset":0.7,"position":24.0},{"id":"00000000-0000-0000-0000-000000000013","lane_offset":0.3,"position":-18.0},{"id":"00000000-0000-0000-0000-000000000014","lane_offset":0.3,"position":-79.0},{"id":"00000000-0000-0000-0000-000000000015","lane_offset":0.7,"position":52.0},{"id":"00000000-0000-0000-0000-000000000016","lane_offset":0.5,"position":40.0},{"id":"00000000-0000-0000-0000-000000000017","lane_offset":0.7,"position":35.0},{"id":"00000000-0000-0000-0000-000000000018","lane_offset":0.7,"position":56.0},{"id":"00000000-0000-0000-0000-000000000019","lane_offset":0.5,"position":67.0}],"rows":[["00000000-0000-0000-0000-000000000014","00000000-0000-0000-0000-000000000013","00000000-0000-0000-0000-00000000000d"],["00000000-0000-0000-0000-000000000011","00000000-0000-0000-0000-000000000012","00000000-0000-0000-0000-00000000000e"],["00000000-0000-0000-0000-000000000010","00000000-0000-0000-0000-000000000017"],["00000000-0000-0000-0000-00000000000f","00000000-0000-0000-0000-000000000015"],["00000000-0000-0000-0000-00000000000c","00000000-0000-0000-0000-000000000018"],["00000000-0000-0000-0000-000000000016"],["00000000-0000-0000-0000-000000000019"]]},{"cards":[{"id":"00000000-0000-0000-0000-00000000001a","lane_offset":0.3,"position":7.0},{"id":"00000000-0000-0000-0000-00000000001b","lane_offset":0.7,"position":-58.0},{"id":"00000000-0000-0000-0000-00000000001c","lane_offset":0.7,"position":19.0},{"id":"00000000-0000-0000-0000-00000000001d","lane_offset":0.7,"position":-15.0},{"id":"00000000-0000-0000-0000-00000000001e","lane_offset":0.5,"position":38.0},{"id":"00000000-0000-0000-0000-00000000001f","lane_offset":0.7,"position":-66.0},{"id":"00000000-0000-0000-0000-000000000020","lane_offset":0.5,"position":-99.0},{"id":"00000000-0000-0000-0000-000000000021","lane_offset":0.0,"position":-46.0},{"id":"00000000-0000-0000-0000-000000000022","lane_offset":0.3,"position":54.0},{"id":"00000000-0000-0000-0000-000000000023","lane_offset":0.5,"position":-97.0},{"id":"00000000-0000-0000-0000-000000000024","lane_offset":0.0,"position":76.0},{"id":"00000000-0000-0000-0000-000000000025","lane_offset":1.0,"position":-94.0},{"id":"00000000-0000-0000-0000-000000000026","lane_offset":0.7,"position":36.0},{"id":"00000000-0000-0000-0000-000000000027","lane_offset":0.5,"position":-9.0},{"id":"00000000-0000-0000-0000-000000000028","lane_offset":0.5,"position":100.0},{"id":"00000000-0000-0000-0000-000000000029","lane_offset":1.0,"position":95.0},{"id":"00000000-0000-0000-0000-00000000002a","lane_offset":0.5,"position":48.0},{"id":"00000000-0000-0000-0000-00000000002b","lane_offset":0.3,"position":46.0},{"id":"00000000-0000-0000-0000-00000000002c","lane_offset":0.3,"position":-33.0},{"id":"00000000-0000-0000-0000-00000000002d","lane_offset":0.7,"position":-40.0}],"rows":[["00000000-0000-0000-0000-00000000001f","00000000-0000-0000-0000-00000000001d","00000000-0000-0000-0000-000000000026","00000000-0000-0000-0000-000000000024"],["00000000-0000-0000-0000-000000000025","00000000-0000-0000-0000-000000000021","00000000-0000-0000-0000-00000000001a","00000000-0000-0000-0000-000000000022","00000000-0000-0000-0000-000000000029"],["00000000-0000-0000-0000-000000000020","00000000-0000-0000-0000-00000000001b","00000000-0000-0000-0000-00000000001c","00000000-0000-0000-0000-000000000028"],["00000000-0000-0000-0000-000000000023","00000000-0000-0000-0000-00000000002d","00000000-0000-0000-0000-00000000002b"],["00000000-0000-0000-0000-00000000002c","00000000-0000-0000-0000-00000000001e"],["00000000-0000-0000-0000-000000000027","00000000-0000-0000-0000-00000000002a"]]},{"cards":[{"id":"00000000-0000-0000-0000-00000000002e","lane_offset":0.5,"position":-81.0},{"id":"00000000-0000-0000-0000-00000000002f","lane_offset":0.0,"position":-13.0},{"id":"00000000-0000-0000-0000-000000000030","lane_offset":0.3,"position":-81.0},{"id":"00000000-0000-0000-0000-000000000031","lane_offset":0.5,"position":36.0},{"id":"00000000-0000-0000-0000-000000000032","lane_offset":1.0,"position":-73.0},{"id":"00000000-0000-0000-0000-000000000033","lane_offset":0.7,"position":-71.0},{"id":"00000000-0000-0000-0000-000000000034","lane_offset":0.0,"position":61.0},{"id":"00000000-0000-0000-0000-000000000035","lane_offset":0.5,"position":40.0},{"id":"00000000-0000-0000-0000-000000000036","lane_offset":0.0,"position":7.0},{"id":"00000000-0000-0000-0000-000000000037","lane_offset":0.5,"position":-51.0},{"id":"00000000-0000-0000-0000-000000000038","lane_offset":1.0,"position":89.0},{"id":"00000000-0000-0000-0000-000000000039","lane_offset":0.5,"position":-43.0},{"id":"00000000-0000-0000-0000-00000000003a","lane_offset":1.0,"position":-16.0},{"id":"00000000-0000-0000-0000-00000000003b","lane_offset":0.5,"position":-7.0},{"id":"00000000-0000-0000-0000-00000000003c","lane_offset":0.7,"position":-24.0},{"id":"00000000-0000-0000-0000-00000000003d","lane_offset":0.7,"position":-92.0},{"id":"00000000-0000-0000-0000-00000000003e","lane_offset":0.7,"position":22.0},{"id":"00000000-0000-0000-0000-00000000003f","lane_offset":0.3,"position":24.0},{"id":"00000000-0000-0000-0000-000000000040","lane_offset":1.0,"position":60.0},{"id":"00000000-0000-0000-0000-000000000041","lane_offset":0.3,"position":-92.0},{"id":"00000000-0000-0000-0000-000000000042","lane_offset":0.5,"position":-6.0},{"id":"00000000-0000-0000-0000-000000000043","lane_offset":0.3,"position":10.0},{"id":"00000000-0000-0000-0000-000000000044","lane_offset":0.5,"position":-6.0},{"id":"00000000-0000-0000-0000-000000000045","lane_offset":0.7,"position":-44.0},{"id":"00000000-0000-0000-0000-000000000046","lane_offset":0.7,"position":-56.0},{"id":"00000000-0000-0000-0000-000000000047","lane_offset":0.0,"position":0.0},{"id":"00000000-0000-0000-0000-000000000048","lane_offset":0.3,"position":36.0},{"id":"00000000-0000-0000-0000-000000000049","lane_offset":1.0,"position":70.0},{"id":"00000000-0000-0000-0000-00000000004a","lane_offset":0.3,"position":90.0},{"id":"00000000-0000-0000-0000-00000000004b","lane_offset":0.0,"position":-28.0}],"rows":[["00000000-0000-0000-0000-000000000041","00000000-0000-0000-0000-00000000004b","00000000-0000-0000-0000-00000000003e","00000000-0000-0000-0000-000000000049"],["00000000-0000-0000-0000-00000000003d","00000000-0000-0000-0000-000000000045","00000000-0000-0000-0000-000000000047","00000000-0000-0000-0000-000000000040"],["00000000-0000-0000-0000-000000000030","00000000-0000-0000-0000-00000000003c","00000000-0000-0000-0000-00000000003f","00000000-0000-0000-0000-000000000038"],["00000000-0000-0000-0000-000000000032","00000000-0000-0000-0000-00000000003a","00000000-0000-0000-0000-000000000048","00000000-0000-0000-0000-00000000004a"],["00000000-0000-0000-0000-000000000033","00000000-0000-0000-0000-00000000002f","00000000-0000-0000-0000-000000000034"],["00000000-0000-0000-0000-000000000046","00000000-0000-0000-0000-000000000036"],["00000000-0000-0000-0000-00000000002e","00000000-0000-0000-0000-000000000043"],["00000000-0000-0000-0000-000000000037","00000000-0000-0000-0000-00000000003b","00000000-0000-0000-0000-000000000031"],["00000000-0000-0000-0000-000000000039","00000000-0000-0000-0000-000000000035"],["00000000-0000-0000-0000-000000000042"],["00000000-0000-0000-0000-000000000044"]]}];

/** model/figures.rs: how a position reads, as text and on screen. */
export const POSITION_CASES: [value: number, signed: string, display: string][] =
  [[0.0,"0","0"],[20.0,"+20","+20"],[-40.0,"-40","−40"],[0.04,"0","0"],[-0.04,"0","0"],[12.46,"+12.5","+12.5"],[-12.54,"-12.5","−12.5"],[0.25,"+0.3","+0.3"],[-0.25,"-0.3","−0.3"],[33.333,"+33.3","+33.3"],[99.95,"+100","+100"],[100.0,"+100","+100"],[-100.0,"-100","−100"]];

/** Lanes with impacts and targets, and each area's figures (model/area_figures.rs). */
export const AREA_FIGURE_CASE: { cards: { id: string; area_id: string; position: number; target: number | null; impact: number; lane_offset: number }[]; areas: { id: string; target: number | null; stance: number | null; shift: number | null; pushing_customer: number; pushing_product: number; projected_stance: number | null; rows: string[][] }[] } =
  {"areas":[{"id":"00000000-0000-0000-0000-000000000002","projected_stance":9.25,"pushing_customer":2,"pushing_product":1,"rows":[["00000000-0000-0000-0000-000000000008","00000000-0000-0000-0000-000000000007","00000000-0000-0000-0000-000000000005"],["00000000-0000-0000-0000-000000000009","00000000-0000-0000-0000-000000000006"],["00000000-0000-0000-0000-00000000000a"]],"shift":30.0,"stance":10.0,"target":40.0},{"id":"00000000-0000-0000-0000-000000000003","projected_stance":-8.0,"pushing_customer":1,"pushing_product":2,"rows":[["00000000-0000-0000-0000-00000000000b"],["00000000-0000-0000-0000-00000000000c"],["00000000-0000-0000-0000-00000000000d"],["00000000-0000-0000-0000-00000000000e"],["00000000-0000-0000-0000-00000000000f"]],"shift":null,"stance":10.0,"target":null},{"id":"00000000-0000-0000-0000-000000000004","projected_stance":71.375,"pushing_customer":2,"pushing_product":0,"rows":[["00000000-0000-0000-0000-000000000011","00000000-0000-0000-0000-000000000012"],["00000000-0000-0000-0000-000000000010"]],"shift":-52.5,"stance":32.5,"target":-20.0},{"id":"00000000-0000-0000-0000-00000000000e","projected_stance":null,"pushing_customer":0,"pushing_product":0,"rows":[],"shift":null,"stance":null,"target":10.0}],"cards":[{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000005","impact":1,"lane_offset":0.5,"position":70.0,"target":80.0},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000006","impact":3,"lane_offset":0.5,"position":50.0,"target":null},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000007","impact":2,"lane_offset":0.5,"position":30.0,"target":-60.0},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000008","impact":3,"lane_offset":0.2,"position":-10.0,"target":-10.0},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000009","impact":1,"lane_offset":0.9,"position":-40.0,"target":null},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-00000000000a","impact":2,"lane_offset":0.5,"position":-45.0,"target":35.5},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000b","impact":1,"lane_offset":0.5,"position":10.0,"target":80.0},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000c","impact":1,"lane_offset":0.5,"position":10.0,"target":null},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000d","impact":3,"lane_offset":0.5,"position":10.0,"target":-60.0},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000e","impact":2,"lane_offset":0.5,"position":10.0,"target":-10.0},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000f","impact":3,"lane_offset":0.5,"position":10.0,"target":null},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000010","impact":1,"lane_offset":1.0,"position":0.0,"target":35.5},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000011","impact":2,"lane_offset":1.0,"position":20.0,"target":80.0},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000012","impact":1,"lane_offset":0.0,"position":90.0,"target":null}]};

/** decisions.rs: the subject and words the decision log gives each kind of change. */
export const LOG_CASES: { kind: string; subject: string; action: string; [fact: string]: unknown }[] =
  [{"action":"added at +12.5 in Growth strategy","kind":"add","subject":"Added card","to":12.46,"to_area":"Growth strategy"},{"action":"moved from +70 to +20","from":70.0,"from_area":"End goal","kind":"move","subject":"Customer advisory board","to":20.0,"to_area":"End goal"},{"action":"moved from +20 to 0","from":20.0,"from_area":"End goal","kind":"move","subject":"Customer advisory board","to":0.0,"to_area":"End goal"},{"action":"moved from End goal (0) to Marketing strategy (-35.6)","from":0.0,"from_area":"End goal","kind":"move","subject":"Customer advisory board","to":-35.55,"to_area":"Marketing strategy"},{"action":"moved within its lane","from":-35.55,"from_area":"Marketing strategy","kind":"move","subject":"Customer advisory board","to":-35.55,"to_area":"Marketing strategy"},{"action":"renamed from \"Customer advisory board\"; target none → -12.5","kind":"edit","new":{"impact":2,"notes":"","owner":"","status":"active","tags":[],"target":-12.5,"title":"Renamed card"},"old":{"impact":2,"notes":"","owner":"","status":"active","tags":[],"target":null,"title":"Customer advisory board"},"subject":"Renamed card"},{"action":"owner changed; status changed","kind":"edit","new":{"impact":2,"notes":"","owner":"Ana","status":"done","tags":[],"target":-12.5,"title":"Renamed card"},"old":{"impact":2,"notes":"","owner":"","status":"active","tags":[],"target":-12.5,"title":"Renamed card"},"subject":"Renamed card"},{"action":"details saved unchanged","kind":"edit","new":{"impact":2,"notes":"","owner":"Ana","status":"done","tags":[],"target":-12.5,"title":"Renamed card"},"old":{"impact":2,"notes":"","owner":"Ana","status":"done","tags":[],"target":-12.5,"title":"Renamed card"},"subject":"Renamed card"},{"action":"deleted (was at -35.6 in Marketing strategy)","area":"Marketing strategy","kind":"delete","position":-35.55,"subject":"Renamed card"},{"action":"area target none → +40","area":"End goal","from":null,"kind":"target","subject":"End goal","to":40.0},{"action":"area target +40 → -12.5","area":"End goal","from":40.0,"kind":"target","subject":"End goal","to":-12.46},{"action":"area target -12.5 → none","area":"End goal","from":-12.46,"kind":"target","subject":"End goal","to":null},{"action":"area renamed from \"End goal\"","kind":"area","name":"Our end goal","old_name":"End goal","subject":"Our end goal"},{"action":"area details edited","kind":"area","name":"Our end goal","old_name":"Our end goal","subject":"Our end goal"},{"action":"canvas details edited","kind":"canvas","subject":"Crowded lanes, day 2","title":"Crowded lanes, day 2"},{"action":"answered the self-assessment (+50)","answers":[1,4,0,3,2,4,1,2,0,4,3,3,1,2],"kind":"assessment","participant":"Ana","subject":"Ana"},{"action":"self-assessment removed","answers":null,"kind":"assessment","participant":"Ana","subject":"Ana"},{"action":"new round opened, 5 votes each","allowance":5,"kind":"start_voting","subject":"Dot voting"},{"action":"cast a ballot","kind":"cast_ballot","participant":"Lee","subject":"Lee"},{"action":"votes revealed","kind":"reveal_votes","subject":"Dot voting"},{"action":"restored snapshot \"Day 1\"","kind":"restore","name":"Day 1","subject":"Restore case","title":"Restore case"}];

/** A voted canvas and the core's vote ranking (Document::vote_ranking). */
export const RANKING_CASE: { areas: { id: string }[]; cards: { id: string; area_id: string; title: string; position: number; votes: number }[]; ranking: string[] } =
  {"areas":[{"id":"00000000-0000-0000-0000-000000000002"},{"id":"00000000-0000-0000-0000-000000000003"},{"id":"00000000-0000-0000-0000-000000000004"}],"cards":[{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000005","position":70.0,"title":"Customer advisory board","votes":3},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000006","position":50.0,"title":"Journey mapping","votes":1},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000007","position":30.0,"title":"Service bundles","votes":0},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000008","position":-10.0,"title":"Best-in-class hardware","votes":2},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-000000000009","position":-40.0,"title":"Feature factory","votes":1},{"area_id":"00000000-0000-0000-0000-000000000002","id":"00000000-0000-0000-0000-00000000000a","position":-45.0,"title":"Patent portfolio","votes":3},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000b","position":10.0,"title":"Same place 1","votes":1},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000c","position":10.0,"title":"Same place 2","votes":1},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000d","position":10.0,"title":"Same place 3","votes":0},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000e","position":10.0,"title":"Same place 4","votes":2},{"area_id":"00000000-0000-0000-0000-000000000003","id":"00000000-0000-0000-0000-00000000000f","position":10.0,"title":"Same place 5","votes":5},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000010","position":0.0,"title":"Referral programme","votes":1},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000011","position":20.0,"title":"Trade-show campaigns","votes":0},{"area_id":"00000000-0000-0000-0000-000000000004","id":"00000000-0000-0000-0000-000000000012","position":90.0,"title":"Behavioural e-mail","votes":2}],"ranking":["00000000-0000-0000-0000-00000000000f","00000000-0000-0000-0000-00000000000a","00000000-0000-0000-0000-000000000005","00000000-0000-0000-0000-000000000008","00000000-0000-0000-0000-00000000000e","00000000-0000-0000-0000-000000000012","00000000-0000-0000-0000-000000000009","00000000-0000-0000-0000-000000000006","00000000-0000-0000-0000-00000000000b","00000000-0000-0000-0000-00000000000c","00000000-0000-0000-0000-000000000010"]};
