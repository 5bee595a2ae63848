// The fake backend's templates: the same area names and colours the core's templates use, with
// short pole texts (the real texts live in the core).

export interface AreaTemplate {
  name: string;
  colour: string;
  product_pole: string;
  customer_pole: string;
}

export const BASIC: AreaTemplate[] = [
  {
    name: "End goal",
    colour: "#5B5BD6",
    product_pole: "Build the best product there is; success rests on its quality.",
    customer_pole: "Build the best answer to the customer's problem; know the customer as well as the product.",
  },
  {
    name: "Growth strategy",
    colour: "#0F9D8A",
    product_pole: "Grow by upgrading and extending the product through steady innovation.",
    customer_pole: "Grow by uncovering customer needs; customer success feeds product, sales and marketing.",
  },
  {
    name: "Marketing strategy",
    colour: "#D9733A",
    product_pole: "Let the product sell itself; broad campaigns aimed at demographic groups.",
    customer_pole: "Turn loyal customers into advocates; personal, well-timed outreach based on behaviour.",
  },
];

export const FURTHER: AreaTemplate[] = [
  { name: "R&D and innovation", colour: "#8E4EC6", product_pole: "Few large, long and risky bets.", customer_pole: "Many small experiments steered by customers." },
  { name: "Success metrics", colour: "#C2418C", product_pole: "Sales figures, units shipped, product specs.", customer_pole: "Engagement, churn, lifetime value, NPS, retention." },
  { name: "Organisation", colour: "#3E7FC1", product_pole: "Budgets and teams by product line; silos tolerated.", customer_pole: "Cross-functional teams around customer journeys." },
  { name: "Customer research", colour: "#3F9650", product_pole: "Ideas come from inside; audience chosen afterwards.", customer_pole: "Pain points, feedback and usage data start ideas." },
  { name: "Time horizon", colour: "#A87B2F", product_pole: "Long roadmaps funded by patient capital.", customer_pole: "Short cycles: read the market, then react." },
];
