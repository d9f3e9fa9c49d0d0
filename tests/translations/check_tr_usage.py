#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Flags words handed to Qt's visible-text APIs without tr(), so they could never be translated.

With QT_NO_CAST_FROM_ASCII a bare "..." does not compile where a QString is wanted, so untranslated
text hides in QStringLiteral, QLatin1String, QString::fromUtf8 and the like. This scan finds every call
of a visible-text API (setText, setToolTip, QLabel's constructor, QMessageBox::warning, ...), removes
what is inside tr()/translate()/QT_TR_NOOP(), and reports any string literal left that holds a word.
A literal that must stay as it is (a language's own name) carries a `no-tr:` comment on its line
saying why; product names are listed below.
"""
import pathlib
import re
import sys

APIS = [
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setSubTitle", "setHeaderData", "setLabelText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setButtonText", "setTitleText", "setName",
    "setInformativeText", "setDetailedText", "setTabText", "setTabToolTip", "setWindowIconText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setLabel",
    "addItem", "addItems", "insertItem", "addAction", "addMenu", "addTab", "insertTab", "addRow", "insertRow",
    "addButton", "addSection", "showMessage", "setOption",
    "new QLabel", "new QPushButton", "new QCheckBox", "new QRadioButton", "new QGroupBox", "new QAction",
    "new QToolButton", "new QCommandLinkButton", "new QMenu", "new QTreeWidgetItem", "new QListWidgetItem",
    "new QStandardItem", "QMessageBox::information", "QMessageBox::warning", "QMessageBox::critical",
    "QMessageBox::question", "QMessageBox::about", "QFileDialog::getSaveFileName", "QFileDialog::getOpenFileName",
    "QInputDialog::getText", "QCommandLineOption",
]
# Arguments that are data, not text: the item data of a combo box, a file dialog's folder.
DATA_ARGUMENTS = {"addItem": {-1}, "insertItem": {-1}, "QFileDialog::getSaveFileName": {0, 2},
                  "QFileDialog::getOpenFileName": {0, 2}}
# Names that are the same in every language.
NAMES = {"Trustwork", "PDF", "JSON", "English", "Deutsch"}
CALL = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in APIS) + r")\s*\(|(?<=[.>])(?:"
                  + "|".join(re.escape(a) for a in APIS if " " not in a and "::" not in a) + r")\s*\(")
LITERAL = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')
TRANSLATED = re.compile(r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|qtTrId)\s*\(")
WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")


def blank_comments(text):
    """Comments become spaces (newlines kept), so positions and line numbers stay the same."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "'":
            i += 1
            while i < n and text[i] != "'":
                i += 2 if text[i] == "\\" else 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            for j in range(i, end):
                out[j] = " "
            i = end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            for j in range(i, end):
                if out[j] != "\n":
                    out[j] = " "
            i = end
            continue
        i += 1
    return "".join(out)


def closing(text, open_paren):
    """Index of the parenthesis closing the one at open_paren, skipping string literals."""
    depth, i = 0, open_paren
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text)


def split_arguments(args):
    """The top-level arguments of "(a, f(b, c), d)" with their offsets: [(1, "a"), ...]."""
    parts, depth, start, i = [], 0, 1, 1
    while i < len(args) - 1:
        c = args[i]
        if c == '"':
            i += 1
            while i < len(args) and args[i] != '"':
                i += 2 if args[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append((start, args[start:i]))
            start = i + 1
        i += 1
    parts.append((start, args[start: len(args) - 1]))
    return parts


def without_translated(args):
    """The argument text with every tr(...) call blanked out."""
    while True:
        match = TRANSLATED.search(args)
        if not match:
            return args
        end = closing(args, match.end() - 1)
        args = args[: match.start()] + " " * (end + 1 - match.start()) + args[end + 1:]


def scan(path):
    raw = path.read_text(encoding="utf-8")
    marked = {number for number, line in enumerate(raw.splitlines(), 1) if "no-tr:" in line}
    text = blank_comments(raw)
    findings = []
    calls = 0
    for call in CALL.finditer(text):
        calls += 1
        open_paren = call.end() - 1
        api = call.group(0).rstrip("( ")
        arguments = split_arguments(without_translated(text[open_paren: closing(text, open_paren) + 1]))
        skipped = {i % len(arguments) for i in DATA_ARGUMENTS.get(api, ())} if len(arguments) > 1 else set()
        for index, (offset, argument) in enumerate(arguments):
            if index in skipped:
                continue
            for literal in LITERAL.finditer(argument):
                # A literal compared with something (status == "private") chooses the text; it is not the text.
                before, after = argument[: literal.start()].rstrip(), argument[literal.end():].lstrip()
                if before.endswith(("==", "!=")) or after.startswith(("==", "!=")):
                    continue
                words = [w for w in WORD.findall(literal.group(1)) if len(w) > 1]
                if not words or all(w in NAMES for w in words):
                    continue
                line = text.count("\n", 0, open_paren + offset + literal.start()) + 1
                if line not in marked:
                    findings.append((line, api, literal.group(0)))
    return findings, calls


def main():
    roots = [pathlib.Path(a) for a in sys.argv[1:]]
    # A file named on the command line is scanned whatever its name (the checker's own fixtures).
    files = sorted(p for root in roots for p in ([root] if root.is_file() else root.rglob("*"))
                   if root.is_file() or p.suffix in (".cpp", ".h"))
    count = 0
    calls = 0
    for path in files:
        findings, found_calls = scan(path)
        calls += found_calls
        for line, api, literal in findings:
            print(f"{path}:{line}: {literal} is handed to {api} without tr()")
            count += 1
    print(f"{len(files)} files scanned, {calls} calls that show text, {count} untranslatable visible strings")
    # Nothing scanned proves nothing: a wrong path or a pattern that stopped matching must fail.
    if not files or not calls:
        print("nothing to check: no files, or no calls that show text in them")
        return 1
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
