#!/usr/bin/env python3
# coding: nonexistent
x = 1
