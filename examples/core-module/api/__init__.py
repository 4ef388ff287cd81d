"""HTTP layer: request routing, the health endpoints and the predictions router."""
