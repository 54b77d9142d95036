"""What an answer leaves in the session's folder and on the page: its figures, the JSON and the report.

Figures are copied into the session's folder (the page and the downloads serve only the session's
own files); `answer-N.json` and `report-N.zip` (markdown report + figure PNGs) are the downloads.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import zipfile
from pathlib import Path
from urllib.parse import quote

from ui.sessions import Session

NO_FIGURES = "<p class='muted'>The pictures of the last answer appear here.</p>"


def in_figure_dir(path: Path) -> bool:
    """True for a figure in the server's own figure folder (its copy is removed once the session has one)."""
    from copilot.figures import figure_dir

    return not os.environ.get("COPILOT_FIGURE_DIR") and path.resolve().parent == figure_dir().resolve()


def copy_figures(session: Session, answer) -> list[dict]:
    """Copy the answer's figures into the session folder (so downloads and the page only use its own files)."""
    out = []
    for i, fig in enumerate(answer.figures):
        src = Path(fig.path)
        if not src.is_file():
            continue
        dest = session.dir / f"figure-{session.turns}-{i + 1}-{src.name}"
        shutil.copyfile(src, dest)
        if in_figure_dir(src):
            src.unlink(missing_ok=True)  # the session's copy is the one served; the server keeps none
        out.append({"title": fig.title, "path": str(dest)})
    return out


def report_markdown(payload: dict, question: str | None, data_name: str | None) -> str:
    """A self-contained markdown report; figures are referenced by file name (they sit beside it)."""
    lines = ["# Causal copilot report", ""]
    if question:
        lines += [f"**Question:** {question}", ""]
    if data_name:
        lines += [f"**Data:** `{data_name}`", ""]
    lines += ["## Answer", "", payload.get("explanation") or "", ""]
    for fig in payload.get("figures") or []:
        lines += [f"![{fig['title']}]({Path(fig['path']).name})", "", f"*{fig['title']}*", ""]
    if payload.get("task"):
        lines += ["## Task", "", "```json", json.dumps(payload["task"], indent=2), "```", ""]
    if payload.get("result"):
        result = {k: v for k, v in payload["result"].items() if k != "figures"}
        lines += ["## Result", "", "```json", json.dumps(result, indent=2, default=str), "```", ""]
    return "\n".join(lines)


def write_downloads(session: Session, payload: dict, question: str | None) -> tuple[str, str]:
    """Write `answer-N.json` and `report-N.zip` (report.md + figure PNGs) into the session folder."""
    n = session.turns
    json_path = session.dir / f"answer-{n}.json"
    json_path.write_text(json.dumps(payload, indent=2, default=str))
    zip_path = session.dir / f"report-{n}.zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.md", report_markdown(payload, question, session.data_name))
        for fig in payload.get("figures") or []:
            zf.write(fig["path"], Path(fig["path"]).name)
        zf.writestr("answer.json", json.dumps(payload, indent=2, default=str))
    return str(json_path), str(zip_path)


def figures_html(figures: list[dict]) -> str:
    """The answer's figures at their natural shape, each with its title (served from the session folder)."""
    if not figures:
        return "<p class='muted'>This answer has no pictures.</p>"
    items = []
    for fig in figures:
        src = "gradio_api/file=" + quote(str(fig["path"]))
        title = html.escape(fig["title"])
        items.append(f"<figure><a href='{src}' target='_blank'><img src='{src}' alt='{title}'></a>"
                     f"<figcaption>{title}</figcaption></figure>")
    return "<div class='figures'>" + "".join(items) + "</div>"
