import { mount } from "svelte";
import "../app.css";
import "./live.css";
import FacilitatorApp from "./components/FacilitatorApp.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("the #app element is missing from facilitator.html");
export default mount(FacilitatorApp, { target });
