# requires: isort
# isort: sorting import blocks with several profiles.
import isort

SRC = """import sys
import os
from collections import OrderedDict, defaultdict
import requests
from . import local
from .sub import thing, Another
import numpy as np
from typing import (List,
    Dict, Any)
import isort
x = 1
"""
print(isort.code(SRC))
print(isort.code(SRC, profile="black"))
print(isort.code(SRC, force_single_line=True, known_first_party=["isort"]))
print(isort.code(SRC, line_length=30, multi_line_output=3, include_trailing_comma=True))
print(isort.check_code(SRC), isort.check_code(isort.code(SRC)))
cfg = isort.Config(profile="google", force_sort_within_sections=True)
print(isort.code(SRC, config=cfg))
print(isort.place_module("os"), isort.place_module("requests"), isort.place_module("__future__"))
