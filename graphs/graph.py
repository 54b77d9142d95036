"""The agent's graph: the one place that knows the order of the steps.

    START → understand ─┬─► check ─┬─► run_tool ─┬─► explain → END
                        │          ├─► explain (nothing to run: an unsupported question)
                        ├─► clarify ◄┤ (a question back: missing role, column or table) → END
                        └─► fail ◄───┴────────────┘ (a friendly error message) → END

The nodes only update the state (task, result, error, a question back); `route` reads it and
says where the turn goes next. A question back (`clarification`, with its `Pending` kept in the
state) ends the turn; the user's next message answers it through the understand step.
"""

from __future__ import annotations

from typing import Literal

from langgraph.checkpoint.memory import MemorySaver
from langgraph.graph import END, START, StateGraph

from graphs.check import make_check
from graphs.nodes import clarify, fail, make_explain, make_run_tool, make_understand
from graphs.runtime import Runtime
from graphs.state import AgentState

Step = Literal["check", "run_tool", "explain", "clarify", "fail"]


def route(state: AgentState) -> Step:
    """Where the turn goes after understand, check or run_tool, from what they wrote."""
    if state.get("error"):
        return "fail"  # any step that failed: a friendly reply, the thread's task kept
    if state.get("clarification"):
        return "clarify"  # a question back: the turn ends and waits for the answer
    if state.get("result") is not None:
        return "explain"  # the tool ran
    if not state.get("checked"):
        return "check"  # understood: check it against the data
    if (state.get("task") or {}).get("kind") == "unsupported":
        return "explain"  # nothing to run: say what the copilot can do instead
    return "run_tool"


def build_graph(runtime: Runtime, checkpointer=None):
    """Compile the agent for `runtime`; conversation state is kept per thread by `checkpointer`."""
    g = StateGraph(AgentState)
    g.add_node("understand", make_understand(runtime))
    g.add_node("check", make_check(runtime))
    g.add_node("run_tool", make_run_tool(runtime))
    g.add_node("explain", make_explain(runtime))
    g.add_node("clarify", clarify)
    g.add_node("fail", fail)
    g.add_edge(START, "understand")
    g.add_conditional_edges("understand", route, ["check", "clarify", "fail"])
    g.add_conditional_edges("check", route, ["run_tool", "explain", "clarify", "fail"])
    g.add_conditional_edges("run_tool", route, ["explain", "fail"])
    g.add_edge("explain", END)
    g.add_edge("clarify", END)
    g.add_edge("fail", END)
    return g.compile(checkpointer=checkpointer if checkpointer is not None else MemorySaver())
