import { mount } from "svelte";
import "../app.css";
import "./live.css";
import ParticipantApp from "./components/ParticipantApp.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("the #app element is missing from live.html");
export default mount(ParticipantApp, { target });
