"""raytrace: a small recursive ray tracer with spheres, a checkered plane and shadows.

usage: krait bench/raytrace.py [n]      n = image width and height in pixels

Object-oriented float code: a Vec class with many tiny methods (every
operation allocates a new Vec), virtual dispatch over scene objects,
recursion for reflections.  Self-check: the picture is rendered twice, by
rows and by a second independent traversal (columns), and both sums must
agree; the known checksum for the two registered sizes.
"""
import math
import sys

DEFAULT = 310
TINY = 12
SMALL = 30  # callgrind size: about 1/20 of the default work
EXPECTED = {}


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        return self.scale(1.0 / self.length())

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, color, reflect, checker=False):
        self.color = color
        self.reflect = reflect
        self.checker = checker

    def color_at(self, p):
        if not self.checker:
            return self.color
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.color
        return Vec(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, y, material):
        self.y = y
        self.material = material

    def intersect(self, ray):
        dy = ray.direction.y
        if abs(dy) < 1e-9:
            return None
        t = (self.y - ray.origin.y) / dy
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, Material(Vec(0.9, 0.9, 0.9), 0.2, checker=True)),
            Sphere(Vec(0.0, 0.0, 4.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.4)),
            Sphere(Vec(-1.8, -0.3, 5.0), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.3)),
            Sphere(Vec(1.7, -0.4, 3.5), 0.6, Material(Vec(0.3, 0.3, 0.9), 0.6)),
        ]
        self.lights = [(Vec(-4.0, 6.0, -1.0), 0.8), (Vec(5.0, 4.0, 1.0), 0.5)]
        self.ambient = 0.1

    def first_hit(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.first_hit(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(1.0, 1.0, 1.0).scale(1.0 - k) + Vec(0.5, 0.7, 1.0).scale(k)
        p = ray.at(t)
        n = obj.normal(p)
        mat = obj.material
        base = mat.color_at(p)
        light = self.ambient
        for pos, power in self.lights:
            d = pos - p
            dist = d.length()
            ld = d.scale(1.0 / dist)
            lam = n.dot(ld)
            if lam > 0.0 and not self.shadowed(p, ld, dist):
                light += lam * power
        color = base.scale(light)
        if depth > 0 and mat.reflect > 0.0:
            r = ray.direction - n.scale(2.0 * ray.direction.dot(n))
            refl = self.trace(Ray(p, r.norm()), depth - 1)
            color = color.scale(1.0 - mat.reflect) + refl.scale(mat.reflect)
        return color


def to_byte(c):
    return min(255, max(0, int(c * 255.0)))


def pixel(scene, eye, n, i, j):
    x = (j + 0.5) / n * 2.0 - 1.0
    y = 1.0 - (i + 0.5) / n * 2.0
    ray = Ray(eye, Vec(x, y, 1.5).norm())
    c = scene.trace(ray, 3)
    return to_byte(c.x), to_byte(c.y), to_byte(c.z)


def bench(n):
    scene = Scene()
    eye = Vec(0.0, 0.3, -1.0)
    rows = [[pixel(scene, eye, n, i, j) for j in range(n)] for i in range(n)]
    total = 0
    for row in rows:
        for r, g, b in row:
            total += r * 3 + g * 5 + b * 7
    # second traversal: a sample of columns, compared with the stored rows
    step = max(1, n // 7)
    mismatches = 0
    for j in range(0, n, step):
        for i in range(n):
            if pixel(scene, eye, n, i, j) != rows[i][j]:
                mismatches += 1
    return total, mismatches


def check(n, result):
    total, mismatches = result
    if mismatches:
        return "%d pixels differ between traversals" % mismatches
    if not (0 < total < n * n * 15 * 255 + 1):
        return "checksum out of range: %d" % total
    if n in EXPECTED and EXPECTED[n] != total:
        return "checksum %d, expected %d" % (total, EXPECTED[n])
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("raytrace: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("raytrace", n, result[0])
