// Generated from a real live session by src-tauri/tests/live_scenes.rs: do not edit.
import type { LiveStatus_Serialize as LiveStatus, LiveView_Serialize as LiveView, NetworkChoice } from "../src/bindings";

export const LIVE_SCENES: { networks: NetworkChoice[]; status: LiveStatus; scenes: Record<string, LiveView> } = {
  "networks": [
    {
      "address": "192.168.1.20",
      "label": "Local network (192.168.1.20)"
    },
    {
      "address": "127.0.0.1",
      "label": "This computer only (127.0.0.1)"
    }
  ],
  "scenes": {
    "assessment": {
      "assessment": {
        "my_answers": null,
        "statements": [
          "When we plan, we start from the products we want to sell.",
          "When we plan, we start from the problems our current customers tell us about.",
          "We build the features we believe customers will want.",
          "We build to fix reported issues and to smooth the customer's experience.",
          "We pick the audience once the product idea is settled.",
          "Our product ideas come from customer feedback and usage data.",
          "Teams are rewarded mainly on sales and units shipped.",
          "Engagement, retention or NPS figures sit in our teams' goals.",
          "Our stories are written to persuade buyers of the product's merits.",
          "We spend more effort improving what customers already have than launching new things.",
          "Our campaigns target broad demographic groups with one message.",
          "Our marketing is personalised from what customers actually do.",
          "We send frequent mass e-mails to our whole list.",
          "We contact customers rarely, when it is timely and relevant to them."
        ],
        "team": null
      },
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000004",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": 35.0,
            "title": "Customer advisory council",
            "votes": 3
          },
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000005",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": -20.0,
            "title": "Usage-based pricing",
            "votes": 0
          }
        ],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": true,
          "connected": true,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": true
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "assessment",
      "role": "facilitator",
      "status": "Self-assessment: answers stay hidden until you show the results",
      "summon": null,
      "timer": null,
      "voting": {
        "allowance": 3,
        "my_votes": [],
        "ranking": [
          "00000000-0000-4000-9000-000000000004"
        ],
        "revealed": true,
        "submitted": false
      }
    },
    "discussion": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000004",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": 35.0,
            "title": "Customer advisory council",
            "votes": 0
          },
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000005",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": -20.0,
            "title": "Usage-based pricing",
            "votes": 0
          }
        ],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": false,
          "connected": true,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": false
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "discussion",
      "role": "facilitator",
      "status": "Discussion: every card is on the board",
      "summon": null,
      "timer": null,
      "voting": null
    },
    "lobby": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [],
      "phase": "lobby",
      "role": "facilitator",
      "status": "Lobby: people are joining",
      "summon": null,
      "timer": null,
      "voting": null
    },
    "placement": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": false,
          "connected": true,
          "drafts": 2,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": false
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "placement",
      "role": "facilitator",
      "status": "Silent placement: each person's cards stay private until you reveal",
      "summon": null,
      "timer": {
        "remaining_ms": 180000,
        "total_seconds": 180
      },
      "voting": null
    },
    "results": {
      "assessment": {
        "my_answers": null,
        "statements": [
          "When we plan, we start from the products we want to sell.",
          "When we plan, we start from the problems our current customers tell us about.",
          "We build the features we believe customers will want.",
          "We build to fix reported issues and to smooth the customer's experience.",
          "We pick the audience once the product idea is settled.",
          "Our product ideas come from customer feedback and usage data.",
          "Teams are rewarded mainly on sales and units shipped.",
          "Engagement, retention or NPS figures sit in our teams' goals.",
          "Our stories are written to persuade buyers of the product's merits.",
          "We spend more effort improving what customers already have than launching new things.",
          "Our campaigns target broad demographic groups with one message.",
          "Our marketing is personalised from what customers actually do.",
          "We send frequent mass e-mails to our whole list.",
          "We contact customers rarely, when it is timely and relevant to them."
        ],
        "team": {
          "max": -35.714285714285715,
          "mean": -35.714285714285715,
          "min": -35.714285714285715,
          "participants": [
            {
              "name": "Ana",
              "position": -35.714285714285715
            }
          ]
        }
      },
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000004",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": 35.0,
            "title": "Customer advisory council",
            "votes": 3
          },
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000005",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": -20.0,
            "title": "Usage-based pricing",
            "votes": 0
          }
        ],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": true,
          "connected": true,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": true
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "results",
      "role": "facilitator",
      "status": "Self-assessment results",
      "summon": null,
      "timer": null,
      "voting": {
        "allowance": 3,
        "my_votes": [],
        "ranking": [
          "00000000-0000-4000-9000-000000000004"
        ],
        "revealed": true,
        "submitted": false
      }
    },
    "votes_revealed": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000004",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": 35.0,
            "title": "Customer advisory council",
            "votes": 3
          },
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000005",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": -20.0,
            "title": "Usage-based pricing",
            "votes": 0
          }
        ],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": false,
          "connected": true,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": true
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "votes_revealed",
      "role": "facilitator",
      "status": "Votes revealed",
      "summon": null,
      "timer": null,
      "voting": {
        "allowance": 3,
        "my_votes": [],
        "ranking": [
          "00000000-0000-4000-9000-000000000004"
        ],
        "revealed": true,
        "submitted": false
      }
    },
    "voting": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000004",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": 35.0,
            "title": "Customer advisory council",
            "votes": 0
          },
          {
            "area_id": "00000000-0000-4000-9000-000000000002",
            "id": "00000000-0000-4000-9000-000000000005",
            "lane_offset": 0.5,
            "owner": "Ana",
            "position": -20.0,
            "title": "Usage-based pricing",
            "votes": 0
          }
        ],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [
        {
          "answered": false,
          "connected": true,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000006",
          "name": "Ana",
          "voted": true
        },
        {
          "answered": false,
          "connected": false,
          "drafts": 0,
          "id": "00000000-0000-4000-9000-000000000007",
          "name": "Ben",
          "voted": false
        }
      ],
      "phase": "voting",
      "role": "facilitator",
      "status": "Dot voting: ballots and totals stay hidden until you reveal",
      "summon": null,
      "timer": null,
      "voting": {
        "allowance": 3,
        "my_votes": [],
        "ranking": [],
        "revealed": false,
        "submitted": false
      }
    }
  },
  "status": {
    "join_code_svg": "<?xml version=\"1.0\" standalone=\"yes\"?><svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"343\" height=\"343\" viewBox=\"0 0 343 343\" shape-rendering=\"crispEdges\"><rect x=\"0\" y=\"0\" width=\"343\" height=\"343\" fill=\"#fff\"/><path fill=\"#000\" d=\"M28 28h7v7H28V28M35 28h7v7H35V28M42 28h7v7H42V28M49 28h7v7H49V28M56 28h7v7H56V28M63 28h7v7H63V28M70 28h7v7H70V28M84 28h7v7H84V28M112 28h7v7H112V28M133 28h7v7H133V28M147 28h7v7H147V28M154 28h7v7H154V28M161 28h7v7H161V28M189 28h7v7H189V28M203 28h7v7H203V28M217 28h7v7H217V28M238 28h7v7H238V28M245 28h7v7H245V28M266 28h7v7H266V28M273 28h7v7H273V28M280 28h7v7H280V28M287 28h7v7H287V28M294 28h7v7H294V28M301 28h7v7H301V28M308 28h7v7H308V28M28 35h7v7H28V35M70 35h7v7H70V35M91 35h7v7H91V35M105 35h7v7H105V35M119 35h7v7H119V35M133 35h7v7H133V35M140 35h7v7H140V35M161 35h7v7H161V35M168 35h7v7H168V35M175 35h7v7H175V35M182 35h7v7H182V35M196 35h7v7H196V35M224 35h7v7H224V35M238 35h7v7H238V35M245 35h7v7H245V35M266 35h7v7H266V35M308 35h7v7H308V35M28 42h7v7H28V42M42 42h7v7H42V42M49 42h7v7H49V42M56 42h7v7H56V42M70 42h7v7H70V42M84 42h7v7H84V42M91 42h7v7H91V42M98 42h7v7H98V42M105 42h7v7H105V42M112 42h7v7H112V42M126 42h7v7H126V42M133 42h7v7H133V42M147 42h7v7H147V42M161 42h7v7H161V42M182 42h7v7H182V42M189 42h7v7H189V42M203 42h7v7H203V42M210 42h7v7H210V42M217 42h7v7H217V42M224 42h7v7H224V42M245 42h7v7H245V42M252 42h7v7H252V42M266 42h7v7H266V42M280 42h7v7H280V42M287 42h7v7H287V42M294 42h7v7H294V42M308 42h7v7H308V42M28 49h7v7H28V49M42 49h7v7H42V49M49 49h7v7H49V49M56 49h7v7H56V49M70 49h7v7H70V49M91 49h7v7H91V49M105 49h7v7H105V49M112 49h7v7H112V49M119 49h7v7H119V49M133 49h7v7H133V49M140 49h7v7H140V49M161 49h7v7H161V49M182 49h7v7H182V49M189 49h7v7H189V49M196 49h7v7H196V49M217 49h7v7H217V49M238 49h7v7H238V49M245 49h7v7H245V49M266 49h7v7H266V49M280 49h7v7H280V49M287 49h7v7H287V49M294 49h7v7H294V49M308 49h7v7H308V49M28 56h7v7H28V56M42 56h7v7H42V56M49 56h7v7H49V56M56 56h7v7H56V56M70 56h7v7H70V56M91 56h7v7H91V56M98 56h7v7H98V56M105 56h7v7H105V56M140 56h7v7H140V56M147 56h7v7H147V56M161 56h7v7H161V56M175 56h7v7H175V56M182 56h7v7H182V56M189 56h7v7H189V56M203 56h7v7H203V56M210 56h7v7H210V56M217 56h7v7H217V56M231 56h7v7H231V56M238 56h7v7H238V56M245 56h7v7H245V56M266 56h7v7H266V56M280 56h7v7H280V56M287 56h7v7H287V56M294 56h7v7H294V56M308 56h7v7H308V56M28 63h7v7H28V63M70 63h7v7H70V63M84 63h7v7H84V63M91 63h7v7H91V63M98 63h7v7H98V63M105 63h7v7H105V63M112 63h7v7H112V63M119 63h7v7H119V63M133 63h7v7H133V63M140 63h7v7H140V63M161 63h7v7H161V63M189 63h7v7H189V63M196 63h7v7H196V63M224 63h7v7H224V63M231 63h7v7H231V63M245 63h7v7H245V63M252 63h7v7H252V63M266 63h7v7H266V63M308 63h7v7H308V63M28 70h7v7H28V70M35 70h7v7H35V70M42 70h7v7H42V70M49 70h7v7H49V70M56 70h7v7H56V70M63 70h7v7H63V70M70 70h7v7H70V70M84 70h7v7H84V70M98 70h7v7H98V70M112 70h7v7H112V70M126 70h7v7H126V70M140 70h7v7H140V70M154 70h7v7H154V70M168 70h7v7H168V70M182 70h7v7H182V70M196 70h7v7H196V70M210 70h7v7H210V70M224 70h7v7H224V70M238 70h7v7H238V70M252 70h7v7H252V70M266 70h7v7H266V70M273 70h7v7H273V70M280 70h7v7H280V70M287 70h7v7H287V70M294 70h7v7H294V70M301 70h7v7H301V70M308 70h7v7H308V70M91 77h7v7H91V77M98 77h7v7H98V77M112 77h7v7H112V77M154 77h7v7H154V77M175 77h7v7H175V77M196 77h7v7H196V77M252 77h7v7H252V77M28 84h7v7H28V84M42 84h7v7H42V84M70 84h7v7H70V84M77 84h7v7H77V84M98 84h7v7H98V84M105 84h7v7H105V84M112 84h7v7H112V84M126 84h7v7H126V84M133 84h7v7H133V84M140 84h7v7H140V84M147 84h7v7H147V84M182 84h7v7H182V84M210 84h7v7H210V84M238 84h7v7H238V84M273 84h7v7H273V84M294 84h7v7H294V84M308 84h7v7H308V84M35 91h7v7H35V91M42 91h7v7H42V91M49 91h7v7H49V91M56 91h7v7H56V91M77 91h7v7H77V91M84 91h7v7H84V91M91 91h7v7H91V91M98 91h7v7H98V91M105 91h7v7H105V91M119 91h7v7H119V91M126 91h7v7H126V91M140 91h7v7H140V91M147 91h7v7H147V91M154 91h7v7H154V91M175 91h7v7H175V91M182 91h7v7H182V91M189 91h7v7H189V91M203 91h7v7H203V91M217 91h7v7H217V91M231 91h7v7H231V91M238 91h7v7H238V91M245 91h7v7H245V91M273 91h7v7H273V91M294 91h7v7H294V91M301 91h7v7H301V91M28 98h7v7H28V98M70 98h7v7H70V98M84 98h7v7H84V98M119 98h7v7H119V98M133 98h7v7H133V98M147 98h7v7H147V98M161 98h7v7H161V98M175 98h7v7H175V98M182 98h7v7H182V98M189 98h7v7H189V98M196 98h7v7H196V98M203 98h7v7H203V98M217 98h7v7H217V98M224 98h7v7H224V98M231 98h7v7H231V98M245 98h7v7H245V98M259 98h7v7H259V98M280 98h7v7H280V98M287 98h7v7H287V98M294 98h7v7H294V98M28 105h7v7H28V105M49 105h7v7H49V105M56 105h7v7H56V105M77 105h7v7H77V105M91 105h7v7H91V105M98 105h7v7H98V105M119 105h7v7H119V105M126 105h7v7H126V105M133 105h7v7H133V105M147 105h7v7H147V105M154 105h7v7H154V105M168 105h7v7H168V105M182 105h7v7H182V105M203 105h7v7H203V105M210 105h7v7H210V105M217 105h7v7H217V105M224 105h7v7H224V105M238 105h7v7H238V105M259 105h7v7H259V105M280 105h7v7H280V105M287 105h7v7H287V105M301 105h7v7H301V105M28 112h7v7H28V112M42 112h7v7H42V112M63 112h7v7H63V112M70 112h7v7H70V112M84 112h7v7H84V112M91 112h7v7H91V112M105 112h7v7H105V112M119 112h7v7H119V112M140 112h7v7H140V112M147 112h7v7H147V112M168 112h7v7H168V112M175 112h7v7H175V112M189 112h7v7H189V112M203 112h7v7H203V112M224 112h7v7H224V112M231 112h7v7H231V112M245 112h7v7H245V112M252 112h7v7H252V112M266 112h7v7H266V112M280 112h7v7H280V112M28 119h7v7H28V119M35 119h7v7H35V119M42 119h7v7H42V119M56 119h7v7H56V119M84 119h7v7H84V119M98 119h7v7H98V119M119 119h7v7H119V119M126 119h7v7H126V119M133 119h7v7H133V119M140 119h7v7H140V119M147 119h7v7H147V119M154 119h7v7H154V119M168 119h7v7H168V119M175 119h7v7H175V119M203 119h7v7H203V119M224 119h7v7H224V119M231 119h7v7H231V119M238 119h7v7H238V119M252 119h7v7H252V119M259 119h7v7H259V119M273 119h7v7H273V119M294 119h7v7H294V119M301 119h7v7H301V119M42 126h7v7H42V126M56 126h7v7H56V126M63 126h7v7H63V126M70 126h7v7H70V126M77 126h7v7H77V126M91 126h7v7H91V126M105 126h7v7H105V126M140 126h7v7H140V126M147 126h7v7H147V126M168 126h7v7H168V126M175 126h7v7H175V126M182 126h7v7H182V126M189 126h7v7H189V126M203 126h7v7H203V126M210 126h7v7H210V126M231 126h7v7H231V126M245 126h7v7H245V126M259 126h7v7H259V126M280 126h7v7H280V126M308 126h7v7H308V126M28 133h7v7H28V133M49 133h7v7H49V133M56 133h7v7H56V133M63 133h7v7H63V133M84 133h7v7H84V133M112 133h7v7H112V133M119 133h7v7H119V133M126 133h7v7H126V133M140 133h7v7H140V133M154 133h7v7H154V133M161 133h7v7H161V133M168 133h7v7H168V133M182 133h7v7H182V133M203 133h7v7H203V133M224 133h7v7H224V133M231 133h7v7H231V133M238 133h7v7H238V133M266 133h7v7H266V133M280 133h7v7H280V133M294 133h7v7H294V133M301 133h7v7H301V133M35 140h7v7H35V140M49 140h7v7H49V140M56 140h7v7H56V140M63 140h7v7H63V140M70 140h7v7H70V140M77 140h7v7H77V140M91 140h7v7H91V140M98 140h7v7H98V140M112 140h7v7H112V140M133 140h7v7H133V140M147 140h7v7H147V140M168 140h7v7H168V140M175 140h7v7H175V140M189 140h7v7H189V140M196 140h7v7H196V140M203 140h7v7H203V140M231 140h7v7H231V140M259 140h7v7H259V140M266 140h7v7H266V140M287 140h7v7H287V140M294 140h7v7H294V140M49 147h7v7H49V147M56 147h7v7H56V147M77 147h7v7H77V147M98 147h7v7H98V147M119 147h7v7H119V147M147 147h7v7H147V147M154 147h7v7H154V147M168 147h7v7H168V147M182 147h7v7H182V147M196 147h7v7H196V147M203 147h7v7H203V147M224 147h7v7H224V147M231 147h7v7H231V147M238 147h7v7H238V147M252 147h7v7H252V147M266 147h7v7H266V147M294 147h7v7H294V147M301 147h7v7H301V147M42 154h7v7H42V154M49 154h7v7H49V154M70 154h7v7H70V154M98 154h7v7H98V154M105 154h7v7H105V154M112 154h7v7H112V154M133 154h7v7H133V154M140 154h7v7H140V154M161 154h7v7H161V154M175 154h7v7H175V154M182 154h7v7H182V154M217 154h7v7H217V154M231 154h7v7H231V154M245 154h7v7H245V154M259 154h7v7H259V154M273 154h7v7H273V154M280 154h7v7H280V154M294 154h7v7H294V154M308 154h7v7H308V154M35 161h7v7H35V161M42 161h7v7H42V161M49 161h7v7H49V161M56 161h7v7H56V161M77 161h7v7H77V161M91 161h7v7H91V161M112 161h7v7H112V161M133 161h7v7H133V161M140 161h7v7H140V161M147 161h7v7H147V161M182 161h7v7H182V161M196 161h7v7H196V161M203 161h7v7H203V161M224 161h7v7H224V161M238 161h7v7H238V161M287 161h7v7H287V161M308 161h7v7H308V161M49 168h7v7H49V168M70 168h7v7H70V168M77 168h7v7H77V168M91 168h7v7H91V168M105 168h7v7H105V168M112 168h7v7H112V168M126 168h7v7H126V168M133 168h7v7H133V168M147 168h7v7H147V168M175 168h7v7H175V168M182 168h7v7H182V168M196 168h7v7H196V168M203 168h7v7H203V168M231 168h7v7H231V168M252 168h7v7H252V168M280 168h7v7H280V168M294 168h7v7H294V168M301 168h7v7H301V168M28 175h7v7H28V175M35 175h7v7H35V175M42 175h7v7H42V175M77 175h7v7H77V175M91 175h7v7H91V175M112 175h7v7H112V175M119 175h7v7H119V175M126 175h7v7H126V175M133 175h7v7H133V175M147 175h7v7H147V175M168 175h7v7H168V175M175 175h7v7H175V175M182 175h7v7H182V175M196 175h7v7H196V175M203 175h7v7H203V175M224 175h7v7H224V175M238 175h7v7H238V175M252 175h7v7H252V175M273 175h7v7H273V175M294 175h7v7H294V175M308 175h7v7H308V175M28 182h7v7H28V182M42 182h7v7H42V182M70 182h7v7H70V182M77 182h7v7H77V182M84 182h7v7H84V182M91 182h7v7H91V182M105 182h7v7H105V182M119 182h7v7H119V182M133 182h7v7H133V182M140 182h7v7H140V182M154 182h7v7H154V182M161 182h7v7H161V182M182 182h7v7H182V182M196 182h7v7H196V182M245 182h7v7H245V182M280 182h7v7H280V182M294 182h7v7H294V182M308 182h7v7H308V182M49 189h7v7H49V189M56 189h7v7H56V189M77 189h7v7H77V189M84 189h7v7H84V189M98 189h7v7H98V189M112 189h7v7H112V189M119 189h7v7H119V189M126 189h7v7H126V189M140 189h7v7H140V189M147 189h7v7H147V189M182 189h7v7H182V189M224 189h7v7H224V189M238 189h7v7H238V189M259 189h7v7H259V189M273 189h7v7H273V189M280 189h7v7H280V189M287 189h7v7H287V189M301 189h7v7H301V189M28 196h7v7H28V196M56 196h7v7H56V196M63 196h7v7H63V196M70 196h7v7H70V196M105 196h7v7H105V196M126 196h7v7H126V196M147 196h7v7H147V196M154 196h7v7H154V196M168 196h7v7H168V196M182 196h7v7H182V196M196 196h7v7H196V196M210 196h7v7H210V196M224 196h7v7H224V196M238 196h7v7H238V196M280 196h7v7H280V196M287 196h7v7H287V196M294 196h7v7H294V196M301 196h7v7H301V196M308 196h7v7H308V196M28 203h7v7H28V203M42 203h7v7H42V203M63 203h7v7H63V203M91 203h7v7H91V203M112 203h7v7H112V203M119 203h7v7H119V203M133 203h7v7H133V203M147 203h7v7H147V203M154 203h7v7H154V203M161 203h7v7H161V203M175 203h7v7H175V203M189 203h7v7H189V203M203 203h7v7H203V203M210 203h7v7H210V203M217 203h7v7H217V203M231 203h7v7H231V203M245 203h7v7H245V203M273 203h7v7H273V203M280 203h7v7H280V203M287 203h7v7H287V203M28 210h7v7H28V210M35 210h7v7H35V210M63 210h7v7H63V210M70 210h7v7H70V210M77 210h7v7H77V210M91 210h7v7H91V210M98 210h7v7H98V210M112 210h7v7H112V210M140 210h7v7H140V210M147 210h7v7H147V210M154 210h7v7H154V210M168 210h7v7H168V210M175 210h7v7H175V210M189 210h7v7H189V210M196 210h7v7H196V210M203 210h7v7H203V210M217 210h7v7H217V210M224 210h7v7H224V210M231 210h7v7H231V210M238 210h7v7H238V210M245 210h7v7H245V210M259 210h7v7H259V210M280 210h7v7H280V210M287 210h7v7H287V210M294 210h7v7H294V210M42 217h7v7H42V217M63 217h7v7H63V217M84 217h7v7H84V217M91 217h7v7H91V217M98 217h7v7H98V217M119 217h7v7H119V217M140 217h7v7H140V217M154 217h7v7H154V217M175 217h7v7H175V217M182 217h7v7H182V217M189 217h7v7H189V217M210 217h7v7H210V217M238 217h7v7H238V217M245 217h7v7H245V217M252 217h7v7H252V217M273 217h7v7H273V217M280 217h7v7H280V217M287 217h7v7H287V217M28 224h7v7H28V224M35 224h7v7H35V224M49 224h7v7H49V224M70 224h7v7H70V224M84 224h7v7H84V224M98 224h7v7H98V224M119 224h7v7H119V224M126 224h7v7H126V224M133 224h7v7H133V224M147 224h7v7H147V224M161 224h7v7H161V224M175 224h7v7H175V224M196 224h7v7H196V224M203 224h7v7H203V224M217 224h7v7H217V224M224 224h7v7H224V224M231 224h7v7H231V224M280 224h7v7H280V224M301 224h7v7H301V224M35 231h7v7H35V231M42 231h7v7H42V231M49 231h7v7H49V231M77 231h7v7H77V231M84 231h7v7H84V231M126 231h7v7H126V231M133 231h7v7H133V231M140 231h7v7H140V231M147 231h7v7H147V231M175 231h7v7H175V231M196 231h7v7H196V231M203 231h7v7H203V231M210 231h7v7H210V231M224 231h7v7H224V231M231 231h7v7H231V231M238 231h7v7H238V231M252 231h7v7H252V231M273 231h7v7H273V231M294 231h7v7H294V231M28 238h7v7H28V238M35 238h7v7H35V238M42 238h7v7H42V238M56 238h7v7H56V238M63 238h7v7H63V238M70 238h7v7H70V238M91 238h7v7H91V238M105 238h7v7H105V238M112 238h7v7H112V238M147 238h7v7H147V238M154 238h7v7H154V238M161 238h7v7H161V238M175 238h7v7H175V238M182 238h7v7H182V238M196 238h7v7H196V238M203 238h7v7H203V238M224 238h7v7H224V238M231 238h7v7H231V238M238 238h7v7H238V238M280 238h7v7H280V238M42 245h7v7H42V245M56 245h7v7H56V245M77 245h7v7H77V245M105 245h7v7H105V245M133 245h7v7H133V245M140 245h7v7H140V245M154 245h7v7H154V245M175 245h7v7H175V245M189 245h7v7H189V245M196 245h7v7H196V245M203 245h7v7H203V245M210 245h7v7H210V245M238 245h7v7H238V245M252 245h7v7H252V245M259 245h7v7H259V245M266 245h7v7H266V245M273 245h7v7H273V245M280 245h7v7H280V245M287 245h7v7H287V245M294 245h7v7H294V245M301 245h7v7H301V245M28 252h7v7H28V252M35 252h7v7H35V252M42 252h7v7H42V252M49 252h7v7H49V252M56 252h7v7H56V252M70 252h7v7H70V252M98 252h7v7H98V252M126 252h7v7H126V252M140 252h7v7H140V252M147 252h7v7H147V252M161 252h7v7H161V252M175 252h7v7H175V252M196 252h7v7H196V252M203 252h7v7H203V252M224 252h7v7H224V252M231 252h7v7H231V252M252 252h7v7H252V252M259 252h7v7H259V252M266 252h7v7H266V252M273 252h7v7H273V252M280 252h7v7H280V252M287 252h7v7H287V252M294 252h7v7H294V252M84 259h7v7H84V259M91 259h7v7H91V259M98 259h7v7H98V259M105 259h7v7H105V259M119 259h7v7H119V259M154 259h7v7H154V259M168 259h7v7H168V259M175 259h7v7H175V259M196 259h7v7H196V259M210 259h7v7H210V259M224 259h7v7H224V259M231 259h7v7H231V259M245 259h7v7H245V259M252 259h7v7H252V259M280 259h7v7H280V259M294 259h7v7H294V259M301 259h7v7H301V259M28 266h7v7H28V266M35 266h7v7H35V266M42 266h7v7H42V266M49 266h7v7H49V266M56 266h7v7H56V266M63 266h7v7H63V266M70 266h7v7H70V266M84 266h7v7H84V266M98 266h7v7H98V266M105 266h7v7H105V266M112 266h7v7H112V266M119 266h7v7H119V266M133 266h7v7H133V266M140 266h7v7H140V266M147 266h7v7H147V266M154 266h7v7H154V266M189 266h7v7H189V266M203 266h7v7H203V266M210 266h7v7H210V266M231 266h7v7H231V266M238 266h7v7H238V266M245 266h7v7H245V266M252 266h7v7H252V266M266 266h7v7H266V266M280 266h7v7H280V266M287 266h7v7H287V266M294 266h7v7H294V266M28 273h7v7H28V273M70 273h7v7H70V273M98 273h7v7H98V273M112 273h7v7H112V273M154 273h7v7H154V273M168 273h7v7H168V273M175 273h7v7H175V273M210 273h7v7H210V273M224 273h7v7H224V273M238 273h7v7H238V273M245 273h7v7H245V273M252 273h7v7H252V273M280 273h7v7H280V273M287 273h7v7H287V273M294 273h7v7H294V273M301 273h7v7H301V273M308 273h7v7H308V273M28 280h7v7H28V280M42 280h7v7H42V280M49 280h7v7H49V280M56 280h7v7H56V280M70 280h7v7H70V280M91 280h7v7H91V280M98 280h7v7H98V280M105 280h7v7H105V280M112 280h7v7H112V280M133 280h7v7H133V280M140 280h7v7H140V280M147 280h7v7H147V280M154 280h7v7H154V280M175 280h7v7H175V280M203 280h7v7H203V280M210 280h7v7H210V280M224 280h7v7H224V280M231 280h7v7H231V280M245 280h7v7H245V280M252 280h7v7H252V280M259 280h7v7H259V280M266 280h7v7H266V280M273 280h7v7H273V280M280 280h7v7H280V280M287 280h7v7H287V280M294 280h7v7H294V280M301 280h7v7H301V280M28 287h7v7H28V287M42 287h7v7H42V287M49 287h7v7H49V287M56 287h7v7H56V287M70 287h7v7H70V287M91 287h7v7H91V287M112 287h7v7H112V287M147 287h7v7H147V287M154 287h7v7H154V287M168 287h7v7H168V287M175 287h7v7H175V287M196 287h7v7H196V287M210 287h7v7H210V287M224 287h7v7H224V287M231 287h7v7H231V287M238 287h7v7H238V287M245 287h7v7H245V287M273 287h7v7H273V287M280 287h7v7H280V287M287 287h7v7H287V287M294 287h7v7H294V287M301 287h7v7H301V287M28 294h7v7H28V294M42 294h7v7H42V294M49 294h7v7H49V294M56 294h7v7H56V294M70 294h7v7H70V294M84 294h7v7H84V294M91 294h7v7H91V294M105 294h7v7H105V294M133 294h7v7H133V294M140 294h7v7H140V294M147 294h7v7H147V294M161 294h7v7H161V294M175 294h7v7H175V294M189 294h7v7H189V294M203 294h7v7H203V294M210 294h7v7H210V294M224 294h7v7H224V294M259 294h7v7H259V294M280 294h7v7H280V294M294 294h7v7H294V294M301 294h7v7H301V294M308 294h7v7H308V294M28 301h7v7H28V301M70 301h7v7H70V301M105 301h7v7H105V301M112 301h7v7H112V301M119 301h7v7H119V301M133 301h7v7H133V301M147 301h7v7H147V301M154 301h7v7H154V301M168 301h7v7H168V301M182 301h7v7H182V301M210 301h7v7H210V301M245 301h7v7H245V301M259 301h7v7H259V301M266 301h7v7H266V301M287 301h7v7H287V301M294 301h7v7H294V301M28 308h7v7H28V308M35 308h7v7H35V308M42 308h7v7H42V308M49 308h7v7H49V308M56 308h7v7H56V308M63 308h7v7H63V308M70 308h7v7H70V308M84 308h7v7H84V308M105 308h7v7H105V308M126 308h7v7H126V308M140 308h7v7H140V308M147 308h7v7H147V308M168 308h7v7H168V308M175 308h7v7H175V308M182 308h7v7H182V308M210 308h7v7H210V308M238 308h7v7H238V308M266 308h7v7H266V308M280 308h7v7H280V308M287 308h7v7H287V308M294 308h7v7H294V308M308 308h7v7H308V308\"/></svg>",
    "network": "This computer only (127.0.0.1)",
    "participants_url": "http://127.0.0.1:47800/join/5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7",
    "view": {
      "assessment": null,
      "board": {
        "areas": [
          {
            "colour": "#5B5BD6",
            "customer_pole": "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
            "id": "00000000-0000-4000-9000-000000000001",
            "name": "End goal",
            "product_pole": "Build the best product there is; success rests on how good the product is."
          },
          {
            "colour": "#0F9D8A",
            "customer_pole": "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
            "id": "00000000-0000-4000-9000-000000000002",
            "name": "Growth strategy",
            "product_pole": "Grow by upgrading and extending the product through steady innovation."
          },
          {
            "colour": "#D9733A",
            "customer_pole": "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
            "id": "00000000-0000-4000-9000-000000000003",
            "name": "Marketing strategy",
            "product_pole": "Let the product sell itself; broad campaigns aimed at demographic groups."
          }
        ],
        "axis_left": "Product-centric",
        "axis_right": "Customer-centric",
        "cards": [],
        "title": "Q3 offsite"
      },
      "drafts": [],
      "lobby_open": true,
      "me": null,
      "participants": [],
      "phase": "lobby",
      "role": "facilitator",
      "status": "Lobby: people are joining",
      "summon": null,
      "timer": null,
      "voting": null
    }
  }
};
