"""The app in a real browser: Debian's Chromium driven by playwright against `python -m ui`.

The server runs in a subprocess on a free loopback port (one per test session, see conftest.py),
as a user would start it, with the embedded default model (set $UI_TEST_MODEL to another name,
e.g. "none" for the rule-based parser or "smollm2"). Measured on the shared 2-core box: these 6 tests plus tests/test_ui.py take ~75 s with the
cached default model at load ~5 (~60 s for this file without a model); up to ~175 s under load ~12.
Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from conftest import ALLOWED_ENDPOINT, APP_LIMIT_MB, free_port

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "ui" / "examples"
SHOTS = ROOT / "artifacts" / "screenshots"
LIMIT_MB = APP_LIMIT_MB  # the server's upload limit in these tests (the examples are all below it)
ANSWER_TIMEOUT_MS = 240_000

# The app server, the browser and `page` are session fixtures in conftest.py (one app per session).


# ----------------------------------------------------------------------------- page helpers


def status(page) -> str:
    return page.inner_text("#status").strip()


def wait_reply(page, before: str, timeout: int = ANSWER_TIMEOUT_MS) -> str:
    """Wait until the status line shows a new finished reply; return it."""
    page.wait_for_function(
        """before => { const t = document.querySelector('#status').innerText.trim();
                      return t !== before && /^Reply \\d+ · /.test(t); }""",
        arg=before, timeout=timeout,
    )
    return status(page)


def bot_messages(page) -> list[str]:
    return [t.strip() for t in page.locator("#chat .bot-row").all_inner_texts()]


def ask(page, question: str) -> str:
    """Type a question, press Ask, wait for the reply; returns the last bot text message."""
    before = status(page)
    page.fill("#question textarea", question)
    page.click("#ask")
    wait_reply(page, before)
    texts = [t for t in bot_messages(page) if t]
    return texts[-1]


def upload(page, path: Path) -> str:
    before = status(page)
    page.set_input_files("#upload input[type=file]", str(path))
    return wait_reply(page, before)


def apply_settings(page, expect: str, timeout: int = 120_000) -> None:
    """Press Apply in Settings and wait for the model line to say `expect`.

    The wait is long because the server may still be busy with a previous test's work on a loaded machine;
    when it runs out, the failure shows the line as it stands (a wrong message, not only a timeout)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.click("#apply-settings")
    try:
        page.wait_for_function("text => document.querySelector('#model-status').innerText.includes(text)",
                               arg=expect, timeout=timeout)
    except PlaywrightTimeout:
        pytest.fail(f"the model line never said {expect!r}: {page.inner_text('#model-status')!r}")


def load_example(page, index: int) -> str:
    before = status(page)
    page.click(f"#example-{index}")
    return wait_reply(page, before)


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=re.compile(name)).click()


def task_json(page) -> dict:
    open_tab(page, "Task JSON")
    text = page.locator("#task-json .cm-content").inner_text()
    return json.loads(text)


def set_task_json(page, task: dict) -> None:
    open_tab(page, "Task JSON")
    editor = page.locator("#task-json .cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    editor.fill(json.dumps(task, indent=2))


# ----------------------------------------------------------------------------- tests


def test_upload_ate_question_number_matches_the_tool_and_task_can_be_edited(page, tmp_path):
    from copilot.explain import fmt
    from copilot.results import parse_result

    line = upload(page, EXAMPLES / "job_training.csv")
    assert "loaded job_training.csv" in line
    table = page.inner_text("#columns")
    for name, kind in [("training", "binary"), ("earnings", "numeric"), ("age", "numeric")]:
        assert name in table and kind in table
    assert "1,000 rows × 4 columns" in page.inner_text("#data-info")

    reply = ask(page, "What is the effect of training on earnings?")
    shot(page, "ate-answer")
    match = re.search(r"effect of `?training`? on `?earnings`?: (-?[\d.,]+)", reply)
    assert match, reply
    shown = match.group(1)
    task = task_json(page)
    assert task["kind"] == "ate" and task["treatment"] == "training" and task["outcome"] == "earnings"

    # The number on the page is the tool's estimate (the result the app hands out as JSON) ...
    open_tab(page, "Download")
    with page.expect_download() as dl:
        page.click("#download-json")
    result = parse_result(json.loads(Path(dl.value.path()).read_text())["result"])
    assert result.kind == "ate" and shown == fmt(result.estimate)
    # ... and near the example's true effect (loosely: the primary DML estimate runs ~0.2 low on
    # this example, while the correctly specified linear regression is within 0.1).
    truth = json.loads((EXAMPLES / "truth.json").read_text())["job_training.csv"]["ate"]
    assert abs(result.estimate - truth) < 0.35
    assert min(abs(row.estimate - truth) for row in result.other_estimates) < 0.1
    assert len(result.refutations) >= 2

    # The estimate, its CI and the refutations are drawn, in the chat and under Figures.
    assert page.locator("#chat .bot-row img").count() >= 1
    open_tab(page, "Figures")
    assert page.locator("#figures img").count() >= 1
    open_tab(page, "Result JSON")
    assert "refutations" in page.inner_text("#result-json")

    # Edit the task JSON (another estimator, no refutations) and run it again.
    set_task_json(page, {**task, "method": "linear_regression", "refute": False})
    shot(page, "ate-task-edit")
    before = status(page)
    page.click("#rerun")
    line = wait_reply(page, before)
    assert "answered (ate)" in line, line
    rerun_text = [t for t in bot_messages(page) if t][-1]
    assert "linear regression" in rerun_text.lower(), rerun_text
    assert task_json(page)["method"] == "linear_regression"

    # The edited task run straight through the tool gives the number the page shows.
    from copilot.data import load_table
    from copilot.task import parse_task
    from tools.effects import run

    direct = run(parse_task(task_json(page)), load_table(EXAMPLES / "job_training.csv"))
    match = re.search(r"effect of `?training`? on `?earnings`?: (-?[\d.,]+)", rerun_text)
    assert match and match.group(1) == fmt(direct.estimate), rerun_text

    # A follow-up in plain words modifies the thread's current (edited) task.
    reply = ask(page, "what about among people with age > 40?")
    followed = task_json(page)
    assert followed["conditions"] == [{"column": "age", "op": ">", "value": 40.0}], followed
    assert followed["method"] == "linear_regression" and followed["treatment"] == "training"
    assert "age > 40" in reply.replace("`", ""), reply

    # Downloads: the answer as JSON and a zip with the markdown report and its figures.
    open_tab(page, "Download")
    with page.expect_download() as dl:
        page.click("#download-json")
    saved = json.loads(Path(dl.value.path()).read_text())
    assert saved["result"]["kind"] == "ate" and saved["task"] == followed
    assert saved["result"]["n_rows_used"] < 1000  # the filter was applied
    with page.expect_download() as dl:
        page.click("#download-report")
    import zipfile

    with zipfile.ZipFile(dl.value.path()) as zf:
        names = zf.namelist()
        assert "report.md" in names and any(n.endswith(".png") for n in names)
        report = zf.read("report.md").decode()
    assert "# Causal copilot report" in report and "![" in report
    shot(page, "ate-downloads")


def test_discovery_question_shows_the_graph(page):
    line = load_example(page, 3)
    assert "sales_discovery.csv" in line
    reply = ask(page, page.input_value("#question textarea"))
    assert reply.startswith("Causal graph over 4 variables with 3 edges"), reply
    truth = json.loads((EXAMPLES / "truth.json").read_text())["sales_discovery.csv"]["edges"]
    for source, target in truth:  # the example's true graph, as the page states it
        assert f"{source} -> {target}" in reply, reply
    graph = page.locator("#chat .bot-row img").last
    graph.wait_for()
    assert graph.evaluate("img => img.complete && img.naturalWidth > 100")
    open_tab(page, "Figures")
    figure = page.locator("#figures img")
    assert figure.count() == 1 and "Causal graph" in page.inner_text("#figures")  # with its caption
    assert figure.evaluate("img => img.complete && img.naturalWidth > 100")
    shot(page, "discovery-answer")


def test_error_paths_are_chat_messages_and_the_app_keeps_working(page, tmp_path):
    # A file that is not a table.
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n3,4,5,6\n" + "7,8\n" * 40)
    line = upload(page, bad)
    assert "was not loaded" in line
    message = bot_messages(page)[-1]
    assert "couldn't use bad.csv" in message and "Could not read 'bad.csv' as a table" in message
    assert "same number of fields on every line" in message  # says what to do
    assert "No data loaded" in page.inner_text("#data-info")
    shot(page, "error-bad-csv")

    # A file over the size limit: refused from its size, before parsing.
    big = tmp_path / "big.csv"
    big.write_text("x,y\n" + "1,2\n" * int(LIMIT_MB * 1e6 / 4 + 1000))
    upload(page, big)
    message = bot_messages(page)[-1]
    assert "over the 50 KB limit" in message and "did not open it" in message
    shot(page, "error-oversize")

    # An unsupported question: says what the copilot can do instead.
    load_example(page, 0)
    reply = ask(page, "What's the weather like in Paris tomorrow?")
    assert "can't answer that as a causal question" in reply and "effect of X on Y" in reply
    shot(page, "error-unsupported")

    # An unknown column (edited into the task JSON): asks back with the closest names.
    set_task_json(page, {"kind": "ate", "treatment": "training", "outcome": "earnigns", "refute": False})
    before = status(page)
    page.click("#rerun")
    assert "asked you a question back" in wait_reply(page, before)
    reply = [t for t in bot_messages(page) if t][-1]
    assert "couldn't find a column called earnigns" in reply and "Did you mean earnings" in reply
    shot(page, "error-unknown-column")
    # ...and the reply to that question is understood in the same thread.
    reply = ask(page, "earnings")
    assert re.search(r"effect of `?training`? on `?earnings`?: -?[\d.]+", reply), reply

    # A task the data cannot answer (no contrast left after the filter): says what to change.
    set_task_json(page, {"kind": "ate", "treatment": "training", "outcome": "earnings", "refute": False,
                         "conditions": [{"column": "training", "op": "==", "value": 1}]})
    before = status(page)
    page.click("#rerun")
    assert "could not answer" in wait_reply(page, before)
    message = [t for t in bot_messages(page) if t][-1]
    assert "same value" in message and "loosen the filters" in message, message
    shot(page, "error-no-contrast")

    # Broken JSON in the task editor.
    set_task_json(page, {"kind": "ate"})
    page.locator("#task-json .cm-content").press("End")
    page.keyboard.type(" oops")
    before = status(page)
    page.click("#rerun")
    wait_reply(page, before)
    assert "couldn't read the edited task JSON" in bot_messages(page)[-1]
    shot(page, "error-task-json")


def test_settings_switch_the_model_and_an_unreachable_server_is_a_chat_message(page):
    page.click("#settings")
    assert not page.locator("#endpoint").is_visible()
    page.get_by_label("OpenAI-compatible server").check()
    page.locator("#endpoint textarea, #endpoint input").first.fill(f"http://127.0.0.1:{free_port()}/v1")
    apply_settings(page, "allow-list")  # an endpoint the operator did not allow is refused
    page.locator("#endpoint textarea, #endpoint input").first.fill(ALLOWED_ENDPOINT)
    apply_settings(page, "openai:")
    load_example(page, 3)
    reply = ask(page, "What is the causal graph of these variables?")
    assert "Cannot reach the language-model server" in reply and "Start the server, or check the URL" in reply
    shot(page, "settings-unreachable-server")
    page.get_by_label("No model · rule-based parser only").check()
    page.locator("#endpoint").wait_for(state="hidden", timeout=10_000)
    apply_settings(page, "none")
    reply = ask(page, "What is the causal graph of these variables?")
    assert reply.startswith("Causal graph over 4 variables"), reply


def test_two_sessions_stay_separate(browser, app_server):
    contexts = [browser.new_context(viewport={"width": 1400, "height": 1000}) for _ in range(2)]
    try:
        a, b = (c.new_page() for c in contexts)
        for pg in (a, b):
            pg.goto(app_server)
            pg.wait_for_selector("#ask")
        load_example(a, 3)  # sales data
        upload(b, EXAMPLES / "coupon_uplift.csv")
        assert "advertising" in a.inner_text("#columns") and "coupon" not in a.inner_text("#columns")
        assert "coupon" in b.inner_text("#columns") and "advertising" not in b.inner_text("#columns")

        # Both ask at once.
        before = {id(pg): status(pg) for pg in (a, b)}
        a.fill("#question textarea", "What is the causal graph of these variables?")
        b.fill("#question textarea", "A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?")
        a.click("#ask")
        b.click("#ask")
        wait_reply(a, before[id(a)])
        wait_reply(b, before[id(b)])
        chat_a, chat_b = a.inner_text("#chat"), b.inner_text("#chat")
        assert "Causal graph over 4 variables" in chat_a and "A correlates with B" not in chat_a
        assert "A correlates with B" in chat_b and "sales_discovery" not in chat_b and "Causal graph over 4" not in chat_b

        # Each thread keeps its own table: the same question learns a graph over each session's own columns.
        reply_b = ask(b, "What is the causal graph of these variables?")
        assert "coupon" in reply_b and "advertising" not in reply_b
        assert "advertising" in a.inner_text("#chat") and "coupon" not in a.inner_text("#chat")
        assert task_json(a)["kind"] == "discover" and task_json(b)["kind"] == "discover"
        shot(a, "session-a")
        shot(b, "session-b")
    finally:
        for c in contexts:
            c.close()


def test_cancel_stops_a_long_run_and_the_app_keeps_working(page):
    # Cancel kills the tool's worker process (tests/test_cancel_cleanup.py measures its CPU).
    load_example(page, 2)
    set_task_json(page, {"kind": "discover", "method": "pc", "ci_test": "kci", "bootstrap": 50})
    page.click("#rerun")
    page.wait_for_function("document.querySelector('#status').innerText.includes('Running')"
                           " || document.querySelector('#status').innerText.includes('Working')", timeout=30_000)
    shot(page, "progress")
    before = status(page)
    started = time.time()
    page.click("#cancel")
    line = wait_reply(page, before, timeout=30_000)
    assert "stopped" in line and time.time() - started < 10, bot_messages(page)[-1]
    assert bot_messages(page)[-1].startswith("Stopped.")
    reply = ask(page, "A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?")
    assert "A" in reply and "B" in reply and "couldn't" not in reply
    shot(page, "cancelled")
