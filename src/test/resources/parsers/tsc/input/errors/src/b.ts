import { greet } from "./a";

greet(42);
