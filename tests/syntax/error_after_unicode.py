name = 'Ünïcödé 中文'; x = = 2
