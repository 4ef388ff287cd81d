export const count: number = "three";
export const name: string = 3;
