# -*- coding: utf-42 -*-
x = 1
