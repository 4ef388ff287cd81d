export const count: number = "three";

export function greet(name: string): string {
  return name.toUpperCase(1);
}
