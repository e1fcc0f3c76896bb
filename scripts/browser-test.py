#!/usr/bin/env python3
"""A real browser on `fcdoc serve`: Debian's chromium, driven by selenium through chromium-driver.

On a copy of a county folder it opens the overview, opens the Lugnvik centre, types a key typo
and waits for its diagnostic at line 10, follows the diagnostic to the cursor, fixes the typo,
changes the name and waits for the preview to show it, saves with Ctrl+S (the file must hold
exactly the expected bytes, comments kept; reloading then asks nothing), types another change and
tries to leave for the overview: the browser must ask first (a `beforeunload` question, which
chromedriver answers "leave" by itself, so the test reads it from the DevTools log and checks the
file kept the saved text), downloads the agreement as ODT from the overview (named with the
centre) and checks it with odt-validate. A screenshot of every step goes to --shots. Exit status 0 when all held.

Usage: browser-test.py --fcdoc .build/debug/fcdoc --county fixtures/jamtlands-lan --shots DIR
                       --odt-validate ../shared/tools/odt-validate
Needs: chromium, chromium-driver (Debian) and selenium (PyPI), installed by `make deps`.
"""
import argparse
import json
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

CENTRE = "ostersund-lugnvik.yaml"
NAME_LINE = "  name: Familjecentralen Lugnvik"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"fcdoc serve did not open port {port}")


def browser(downloads):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--lang=sv-SE", "--disable-gpu"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    # The page's "leave with unsaved changes?" question: chromedriver answers it, the log shows it.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def leave_questions(driver):
    """The "leave this page?" questions the browser asked since the last call (DevTools log)."""
    questions = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Page.javascriptDialogOpening" and message["params"]["type"] == "beforeunload":
            questions.append(message["params"]["url"])
    return questions


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fcdoc", required=True)
    parser.add_argument("--county", required=True)
    parser.add_argument("--shots", required=True)
    parser.add_argument("--odt-validate", required=True)
    args = parser.parse_args()

    shots = pathlib.Path(args.shots)
    shots.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="fcdoc-browser-"))
    county = work / "jamtlands-lan"
    shutil.copytree(args.county, county)
    downloads = work / "downloads"
    downloads.mkdir()
    original = (county / CENTRE).read_text(encoding="utf-8")
    assert NAME_LINE + "\n" in original and original.splitlines()[9] == NAME_LINE, "line 10 holds the name"

    port = free_port()
    server = subprocess.Popen([args.fcdoc, "serve", str(county), "--port", str(port), "--out", str(work / "output")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = None
    step = [0]
    leave_questions_seen = []

    def shot(name):
        step[0] += 1
        driver.save_screenshot(str(shots / f"{step[0]:02d}-{name}.png"))

    try:
        wait_for_port(port)
        driver = browser(downloads)
        wait = WebDriverWait(driver, 60)
        base = f"http://127.0.0.1:{port}"

        # 1. The county.
        driver.get(base + "/")
        wait.until(EC.presence_of_element_located((By.LINK_TEXT, "Familjecentralen Lugnvik")))
        assert "Jämtlands län" in driver.page_source or "Jämtland" in driver.page_source
        shot("oversikt")

        # 2. The centre in the editor, its preview beside it.
        driver.find_element(By.LINK_TEXT, "Familjecentralen Lugnvik").click()
        text = wait.until(EC.presence_of_element_located((By.ID, "text")))
        driver.switch_to.frame("preview")
        wait.until(lambda d: "Familjecentralen Lugnvik" in d.find_element(By.TAG_NAME, "body").text)
        driver.switch_to.default_content()
        shot("redigera")

        # 3. A key typo, typed: select the key 'name' on line 10 and type over it.
        start = original.index(NAME_LINE) + 2
        driver.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1] + 4);", text, start)
        text.send_keys("nmae")
        diagnostic = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#diagnostics a.goto[data-line='10']")))
        item = diagnostic.find_element(By.XPATH, "..")
        assert "nmae" in item.text and "rad 10, kolumn 3" in item.text, item.text
        shot("stavfel")

        # 4. The diagnostic moves the cursor to its line and column.
        driver.execute_script("arguments[0].setSelectionRange(0, 0);", text)
        diagnostic.click()
        wait.until(lambda d: d.find_element(By.ID, "cursor").text == "Rad 10, kolumn 3")
        assert driver.execute_script("return arguments[0].selectionStart;", text) == start
        shot("markor")

        # 5. Fixed, and the name changed: the diagnostic goes, the preview follows.
        driver.execute_script("arguments[0].setSelectionRange(arguments[1], arguments[1] + 4);", text, start)
        text.send_keys("name")
        end = start + len("name: Familjecentralen Lugnvik")
        driver.execute_script("arguments[0].setSelectionRange(arguments[1], arguments[1]);", text, end)
        text.send_keys(" Norra")
        wait.until(lambda d: "Inga problem" in d.find_element(By.ID, "diagnostics").text)
        driver.switch_to.frame("preview")
        wait.until(lambda d: "Familjecentralen Lugnvik Norra" in d.find_element(By.TAG_NAME, "body").text)
        driver.switch_to.default_content()
        shot("forhandsgranskning")

        # 6. Saved with Ctrl+S, byte for byte, comments and all; reloading then asks nothing.
        text.send_keys(Keys.CONTROL, "s")
        wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("Sparad"))
        expected = original.replace(NAME_LINE + "\n", NAME_LINE + " Norra\n", 1)
        saved = (county / CENTRE).read_text(encoding="utf-8")
        assert saved == expected, "the saved file differs from the edited text"
        shot("sparad")
        leave_questions(driver)
        driver.refresh()
        text = wait.until(EC.presence_of_element_located((By.ID, "text")))
        assert leave_questions(driver) == [], "a saved text must not ask before leaving"

        # 7. Another change, typed and not saved: leaving for the overview asks first.
        text.click()
        text.send_keys(Keys.END, " Syd")
        editor_url = driver.current_url
        driver.find_element(By.LINK_TEXT, "← Översikten").click()
        wait.until(lambda d: leave_questions_seen.extend(leave_questions(d)) or leave_questions_seen)
        assert leave_questions_seen == [editor_url], leave_questions_seen
        assert (county / CENTRE).read_text(encoding="utf-8") == expected, "leaving saved nothing"

        # 8. The agreement as ODT from the overview, named with the centre, checked by the ODF validator.
        driver.get(base + "/")
        wait.until(EC.presence_of_element_located((By.LINK_TEXT, "Familjecentralen Lugnvik Norra")))
        link = driver.find_element(By.CSS_SELECTOR, f"a[href='/download/{CENTRE}?doc=samverkansavtal&format=odt']")
        link.click()
        odt = downloads / "ostersund-lugnvik-samverkansavtal.odt"
        deadline = time.time() + 60
        while not odt.exists() and time.time() < deadline:
            time.sleep(0.2)
        assert odt.exists(), "no ODT was downloaded"
        time.sleep(0.5)
        shot("nedladdad")
        check = subprocess.run([args.odt_validate, str(odt)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        print(f"browser test: all steps held; screenshots in {shots}")
        return 0
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
