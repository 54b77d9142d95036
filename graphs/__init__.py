"""The LangGraph agent: understand -> check -> run tool -> explain."""
