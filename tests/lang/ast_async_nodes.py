# async constructs and top-level await flags
import ast

src = """
async def main():
    async with a() as x, b():
        async for y in x:
            await y
    return [z async for z in q]
"""
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.unparse(t))
print(sorted({type(n).__name__ for n in ast.walk(t)}))
t2 = ast.parse("await x", mode="eval")
print(ast.dump(t2))
