#!/usr/bin/env python3
"""Every message the desktop can show, in Spanish and in English, names no command, option,
snake_case key or indexed path: it is read by a person, not a terminal (issue 25).

A message counts as the desktop's when the catalog's references put it in app/gui,
app/presentation or locale/src (findings and labels); app/gui/command_line.cpp is `pacta
--help`, printed on a terminal. Placeholders ({field}) are filled before anyone reads them.
    desktop_messages_test.py locale/po/es.po
"""
import re
import sys

DESKTOP = ("app/gui/", "app/presentation/", "locale/src/")
TERMINAL = ("app/gui/command_line.cpp",)
PATTERNS = {
    "a command": re.compile(r"pacta-cli"),
    "an option": re.compile(r"(?<![\w-])--[a-z]"),
    "a key": re.compile(r"\b[a-z]+_[a-z_]+\b"),
    "an indexed path": re.compile(r"\w+\[\d+\]"),
}


def text(block, keyword):
    match = re.search(r"^%s ((?:\".*\"\n?)+)" % re.escape(keyword), block, re.M)
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))) if match else ""


def main(po):
    failures = []
    for block in open(po, encoding="utf-8").read().split("\n\n"):
        files = " ".join(re.findall(r"^#: (.*)$", block, re.M)).split()
        files = [f.rsplit(":", 1)[0] for f in files]
        if not any(f.startswith(DESKTOP) and f not in TERMINAL for f in files):
            continue
        for keyword in ("msgid", "msgid_plural", "msgstr", "msgstr[0]", "msgstr[1]"):
            message = re.sub(r"\{[a-z_]+\}", "", text(block, keyword))
            for what, pattern in PATTERNS.items():
                # Keys in parentheses are examples of the template language a lawyer writes
                # ("como en las plantillas (confidencialidad, terminacion_anticipada)").
                searched = re.sub(r"\([^)]*\)", "", message) if what == "a key" else message
                if pattern.search(searched):
                    failures.append("%s names %s: %s" % (files[0], what, message[:140]))
    for failure in failures:
        print(failure)
    print("%d desktop messages name a command, option, key or indexed path" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
