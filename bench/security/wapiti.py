"""Runs Debian's wapiti 3.0.4 with one fix: its exclusion patterns put a global regex flag at the end of the
expression, which Python 3.11 refuses, so any -x option crashes it. The patterns are compiled here with the flags in
front, as the upstream fix does."""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
