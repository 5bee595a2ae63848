import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { applyTheme, theme } from "./lib/theme.svelte";

// The app's code has loaded (a timing for scripts/bench-app.sh).
performance.mark("stratmap:script-start");

applyTheme(theme.choice);

const target = document.getElementById("app");
if (!target) throw new Error("the #app element is missing from index.html");
export default mount(App, { target });
