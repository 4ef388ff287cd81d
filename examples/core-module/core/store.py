"""Persistence of served predictions."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from core.model import Prediction

ConnectionFactory = Callable[[], sqlite3.Connection]


@dataclass(frozen=True)
class StoredPrediction:
    """A prediction as kept in the ``predictions`` table."""

    id: int
    created_at: str
    model_version: str
    features: dict[str, Any]
    score: float
    label: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "model_version": self.model_version,
            "features": self.features,
            "score": self.score,
            "label": self.label,
        }


def _row_to_stored(row: sqlite3.Row) -> StoredPrediction:
    return StoredPrediction(
        id=row["id"],
        created_at=row["created_at"],
        model_version=row["model_version"],
        features=json.loads(row["features"]),
        score=row["score"],
        label=row["label"],
    )


class PredictionStore:
    """Create, read, list and delete stored predictions; one connection per call."""

    def __init__(self, connect: ConnectionFactory) -> None:
        self._connect = connect

    def save(self, features: dict[str, float], prediction: Prediction) -> StoredPrediction:
        created_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        encoded = json.dumps(features, sort_keys=True)
        conn = self._connect()
        try:
            with conn:
                # RETURNING: the one way to learn the new id that SQLite and PostgreSQL share
                row = conn.execute(
                    "INSERT INTO predictions (created_at, model_version, features, score, label)"
                    " VALUES (?, ?, ?, ?, ?) RETURNING id",
                    (created_at, prediction.model_version, encoded, prediction.score, prediction.label),
                ).fetchone()
            new_id = int(row[0])
        finally:
            conn.close()
        return StoredPrediction(
            new_id, created_at, prediction.model_version, dict(features), prediction.score, prediction.label
        )

    def get(self, prediction_id: int) -> StoredPrediction | None:
        conn = self._connect()
        try:
            row = conn.execute("SELECT * FROM predictions WHERE id = ?", (prediction_id,)).fetchone()
        finally:
            conn.close()
        return None if row is None else _row_to_stored(row)

    def recent(self, limit: int = 20) -> list[StoredPrediction]:
        conn = self._connect()
        try:
            rows = conn.execute(
                "SELECT * FROM predictions ORDER BY created_at DESC, id DESC LIMIT ?", (limit,)
            ).fetchall()
        finally:
            conn.close()
        return [_row_to_stored(row) for row in rows]

    def delete(self, prediction_id: int) -> bool:
        conn = self._connect()
        try:
            with conn:
                cursor = conn.execute("DELETE FROM predictions WHERE id = ?", (prediction_id,))
        finally:
            conn.close()
        return cursor.rowcount > 0
