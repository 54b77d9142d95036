"""The agent's graph: the one place that knows the order of the steps.

    START → understand ─┬─► check ─┬─► run_tool ─┬─► explain → END
                        │          ├─► explain (unsupported questions)
                        ├─► clarify ◄┘ (missing column / table: ask back)
                        └─► fail ◄──────────────┘ (friendly error message)
"""

from __future__ import annotations

from langgraph.checkpoint.memory import MemorySaver
from langgraph.graph import END, START, StateGraph

from graphs.nodes import Runtime, clarify, fail, make_check, make_explain, make_run_tool, make_understand, route
from graphs.state import AgentState


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
    g.add_conditional_edges("understand", route, {"check": "check", "clarify": "clarify", "fail": "fail"})
    g.add_conditional_edges(
        "check", route, {"run": "run_tool", "explain": "explain", "clarify": "clarify", "fail": "fail"}
    )
    g.add_conditional_edges("run_tool", route, {"explain": "explain", "fail": "fail"})
    g.add_edge("explain", END)
    g.add_edge("clarify", END)
    g.add_edge("fail", END)
    return g.compile(checkpointer=checkpointer if checkpointer is not None else MemorySaver())
