"""The Gradio app (`python -m ui`)."""
