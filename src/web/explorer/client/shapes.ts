/**
 * Node shapes beyond sigma's built-in four. Sigma v4 draws every node with one WebGL program that
 * picks a signed-distance function per node, so a new shape is one GLSL function
 * `float sdf_<name>(vec2 uv, float size)`: negative inside, `size` is the circumradius.
 * The formulas are Inigo Quilez's 2D distance functions.
 */
import type { CustomNodeShape } from 'sigma/primitives';

export const hexagonShape: CustomNodeShape = {
  name: 'hexagon',
  inradiusFactor: 0.866,
  glsl: /* glsl */ `
float sdf_hexagon(vec2 uv, float size) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  float r = size * 0.866025404;
  vec2 p = abs(uv);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}
`,
};

export const pentagonShape: CustomNodeShape = {
  name: 'pentagon',
  inradiusFactor: 0.809,
  glsl: /* glsl */ `
float sdf_pentagon(vec2 uv, float size) {
  const vec3 k = vec3(0.809016994, 0.587785252, 0.726542528);
  float r = size * 0.809016994;
  vec2 p = vec2(abs(uv.x), -uv.y);
  p -= 2.0 * min(dot(vec2(-k.x, k.y), p), 0.0) * vec2(-k.x, k.y);
  p -= 2.0 * min(dot(vec2(k.x, k.y), p), 0.0) * vec2(k.x, k.y);
  p -= vec2(clamp(p.x, -r * k.z, r * k.z), r);
  return length(p) * sign(p.y);
}
`,
};

/** A disc with a hole: positions, when they are shown as nodes, read as "a link", not a thing. */
export const ringShape: CustomNodeShape = {
  name: 'ring',
  inradiusFactor: 1,
  glsl: /* glsl */ `
float sdf_ring(vec2 uv, float size) {
  return abs(length(uv) - size * 0.7) - size * 0.3;
}
`,
};
