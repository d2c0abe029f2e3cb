y = 1
z = {x: 1 async for x in y}
