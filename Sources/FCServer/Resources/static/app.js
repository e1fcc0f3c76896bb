// fcdoc serve: live checks and preview in the editor, progress for the county render.
// The pages work without this script: every action is also a plain form.
"use strict";

const token = document.querySelector('meta[name="csrf-token"]').content;

function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

function setupEditor(form) {
  const text = document.getElementById("text");
  const list = document.getElementById("diagnostics");
  const status = document.getElementById("status");
  const cursor = document.getElementById("cursor");
  const previewButton = document.getElementById("preview-button");
  const path = form.dataset.path;
  const crlf = form.dataset.crlf === "true";
  let etag = form.dataset.etag;
  let timer = null;
  let sequence = 0;
  // The text as last saved (or as loaded): leaving with anything else asks first.
  let savedText = text.value;
  const unsaved = () => text.value !== savedText;

  // The file's own line ends: the text area holds LF only.
  const fileText = () => (crlf ? text.value.replace(/\n/g, "\r\n") : text.value);

  function offsetOf(line, column) {
    const lines = text.value.split("\n");
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
    return Math.min(offset + column - 1, text.value.length);
  }

  function showCursor() {
    const before = text.value.slice(0, text.selectionStart).split("\n");
    cursor.textContent = "Rad " + before.length + ", kolumn " + (before[before.length - 1].length + 1);
  }

  function moveTo(line, column) {
    const offset = offsetOf(line, column);
    text.focus();
    text.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 18;
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
    showCursor();
  }

  function showDiagnostics(diagnostics) {
    list.replaceChildren();
    if (diagnostics.length === 0) {
      const item = document.createElement("li");
      item.className = "ok";
      item.textContent = "Inga problem.";
      list.append(item);
      return;
    }
    for (const d of diagnostics) {
      const item = document.createElement("li");
      item.className = d.severity;
      const here = d.location.file === path;
      const place = here ? "rad " + d.location.line + ", kolumn " + d.location.column
        : d.location.file + ":" + d.location.line + ":" + d.location.column;
      const label = here ? document.createElement("a") : document.createElement("span");
      label.textContent = place;
      if (here) {
        label.href = "#text";
        label.className = "goto";
        label.dataset.line = d.location.line;
        label.dataset.column = d.location.column;
      }
      const severity = { error: "fel", warning: "varning", note: "notering" }[d.severity] || d.severity;
      item.append(label, " – " + severity + ": " + d.message);
      list.append(item);
    }
  }

  list.addEventListener("click", (event) => {
    const link = event.target.closest("a.goto");
    if (!link) return;
    event.preventDefault();
    moveTo(Number(link.dataset.line), Number(link.dataset.column));
  });

  async function check() {
    const mine = ++sequence;
    const response = await fetch("/api/validate", {
      method: "POST", body: fileText(),
      headers: { "Content-Type": "text/yaml; charset=utf-8", "X-Fcdoc-Path": path },
    });
    if (mine !== sequence) return;
    if (!response.ok) {
      status.textContent = "Kontrollen misslyckades (" + response.status + ").";
      return;
    }
    const diagnostics = await response.json();
    showDiagnostics(diagnostics);
    if (!diagnostics.some((d) => d.severity === "error") && previewButton) {
      form.requestSubmit(previewButton);
    }
  }

  window.addEventListener("beforeunload", (event) => {
    if (!unsaved()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // Ctrl+S (⌘S on a Mac) saves, as in every editor.
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      form.requestSubmit(document.getElementById("save"));
    }
  });

  // Another tab saved first: the saved file beside the person's own text, which stays in the
  // editor; saving again then replaces the other version on purpose.
  async function showConflict() {
    const response = await fetch("/api/files/" + encodePath(path));
    const section = document.getElementById("conflict");
    if (!response.ok || !section) return;
    etag = response.headers.get("ETag");
    form.elements.etag.value = etag;
    document.getElementById("conflict-mine").value = text.value;
    document.getElementById("conflict-saved").value = await response.text();
    section.hidden = false;
  }

  text.addEventListener("input", () => {
    status.textContent = "Ändrad, inte sparad.";
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
  for (const name of ["keyup", "click", "select"]) text.addEventListener(name, showCursor);
  showCursor();

  form.addEventListener("submit", async (event) => {
    if (event.submitter && event.submitter.id !== "save") return;
    event.preventDefault();
    const response = await fetch("/api/files/" + encodePath(path), {
      method: "PUT", body: fileText(),
      headers: { "Content-Type": "text/yaml; charset=utf-8", "If-Match": etag, "X-CSRF-Token": token },
    });
    if (response.ok) {
      savedText = text.value;
      const conflict = document.getElementById("conflict");
      if (conflict) conflict.hidden = true;
      etag = response.headers.get("ETag");
      form.elements.etag.value = etag;
      const diagnostics = await response.json();
      showDiagnostics(diagnostics);
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      status.textContent = errors ? "Sparad – filen har " + errors + " fel kvar." : "Sparad.";
    } else if (response.status === 409) {
      status.textContent = "Inte sparad: filen har sparats på annat håll. Jämför texterna nedan.";
      await showConflict();
    } else if (response.status === 412) {
      status.textContent = "Inte sparad: filen finns inte längre. Din text finns kvar här.";
    } else {
      let message = "Inte sparad (" + response.status + ").";
      try { message += " " + (await response.json()).error; } catch (_) { /* no JSON */ }
      status.textContent = message;
    }
  });
}

function setupBatch(form) {
  const progress = document.getElementById("batch-progress");
  const status = document.getElementById("batch-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    form.querySelector("button").disabled = true;
    progress.hidden = false;
    status.textContent = "Kontrollerar filerna …";
    const response = await fetch("/api/batch", {
      method: "POST", headers: { Accept: "text/event-stream", "X-CSRF-Token": token },
    });
    if (!response.ok || !response.body) {
      status.textContent = "Renderingen kunde inte startas (" + response.status + ").";
      form.querySelector("button").disabled = false;
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = (block.match(/^event: (.*)$/m) || [])[1];
        const data = JSON.parse((block.match(/^data: (.*)$/m) || [, "{}"])[1]);
        if (name === "progress") {
          progress.max = data.total;
          progress.value = data.done;
          status.textContent = data.done + " av " + data.total + " klara: " + data.current;
        } else if (name === "done") {
          status.textContent = "Klart: " + data.rendered + " renderade.";
          if (data.failed.length) {
            // The centres with errors, each linked to its file in the editor; the index is linked too.
            status.append(" Fel i: ");
            data.failed.forEach((failure, i) => {
              const link = document.createElement("a");
              link.href = failure.edit;
              link.textContent = failure.name;
              status.append(i ? ", " : "", link);
            });
            const index = document.createElement("a");
            index.href = data.index;
            index.textContent = "Öppna index";
            status.append(". ", index);
          } else {
            status.append(" Öppnar index …");
            window.location.href = data.index;
          }
        }
      }
    }
  });
}

const editor = document.getElementById("editor-form");
if (editor) setupEditor(editor);
const batch = document.getElementById("batch-form");
if (batch) setupBatch(batch);
