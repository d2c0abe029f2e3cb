import a.b.
