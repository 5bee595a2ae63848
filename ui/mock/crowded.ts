// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.
// A canvas with crowded lanes, and the rows of cards its exported SVG draws per lane.

export const CROWDED = {
  "areas": [
    {
      "colour": "#5B5BD6",
      "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
      "id": "00000000-0000-0000-0000-000000000002",
      "name": "End goal",
      "order": 0,
      "product_pole": "Build the best product there is; success rests on how good the product is.",
      "target": null
    },
    {
      "colour": "#0F9D8A",
      "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
      "id": "00000000-0000-0000-0000-000000000003",
      "name": "Growth strategy",
      "order": 1,
      "product_pole": "Grow by upgrading and extending the product through steady innovation.",
      "target": null
    },
    {
      "colour": "#D9733A",
      "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
      "id": "00000000-0000-0000-0000-000000000004",
      "name": "Marketing strategy",
      "order": 2,
      "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups.",
      "target": null
    }
  ],
  "initiatives": [
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-000000000005",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 70.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Customer advisory board",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-000000000006",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 50.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Journey mapping",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-000000000007",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 30.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Service bundles",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-000000000008",
      "impact": 2,
      "lane_offset": 0.2,
      "notes": "",
      "owner": "",
      "position": -10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Best-in-class hardware",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-000000000009",
      "impact": 2,
      "lane_offset": 0.9,
      "notes": "",
      "owner": "",
      "position": -40.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Feature factory",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000002",
      "id": "00000000-0000-0000-0000-00000000000a",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": -45.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Patent portfolio",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000003",
      "id": "00000000-0000-0000-0000-00000000000b",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Same place 1",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000003",
      "id": "00000000-0000-0000-0000-00000000000c",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Same place 2",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000003",
      "id": "00000000-0000-0000-0000-00000000000d",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Same place 3",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000003",
      "id": "00000000-0000-0000-0000-00000000000e",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Same place 4",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000003",
      "id": "00000000-0000-0000-0000-00000000000f",
      "impact": 2,
      "lane_offset": 0.5,
      "notes": "",
      "owner": "",
      "position": 10.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Same place 5",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000004",
      "id": "00000000-0000-0000-0000-000000000010",
      "impact": 2,
      "lane_offset": 1.0,
      "notes": "",
      "owner": "",
      "position": 0.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Referral programme",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000004",
      "id": "00000000-0000-0000-0000-000000000011",
      "impact": 2,
      "lane_offset": 1.0,
      "notes": "",
      "owner": "",
      "position": 20.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Trade-show campaigns",
      "votes": 0
    },
    {
      "area_id": "00000000-0000-0000-0000-000000000004",
      "id": "00000000-0000-0000-0000-000000000012",
      "impact": 2,
      "lane_offset": 0.0,
      "notes": "",
      "owner": "",
      "position": 90.0,
      "status": "active",
      "tags": [],
      "target": null,
      "title": "Behavioural e-mail",
      "votes": 0
    }
  ],
  "title": "Crowded lanes"
};

export const CROWDED_SVG_ROWS: Record<string, string[][]> = {
  "00000000-0000-0000-0000-000000000002": [
    [
      "00000000-0000-0000-0000-000000000008",
      "00000000-0000-0000-0000-000000000007",
      "00000000-0000-0000-0000-000000000005"
    ],
    [
      "00000000-0000-0000-0000-000000000009",
      "00000000-0000-0000-0000-000000000006"
    ],
    [
      "00000000-0000-0000-0000-00000000000a"
    ]
  ],
  "00000000-0000-0000-0000-000000000003": [
    [
      "00000000-0000-0000-0000-00000000000b"
    ],
    [
      "00000000-0000-0000-0000-00000000000c"
    ],
    [
      "00000000-0000-0000-0000-00000000000d"
    ],
    [
      "00000000-0000-0000-0000-00000000000e"
    ],
    [
      "00000000-0000-0000-0000-00000000000f"
    ]
  ],
  "00000000-0000-0000-0000-000000000004": [
    [
      "00000000-0000-0000-0000-000000000011",
      "00000000-0000-0000-0000-000000000012"
    ],
    [
      "00000000-0000-0000-0000-000000000010"
    ]
  ]
};
