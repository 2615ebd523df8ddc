"""schema.org ClaimReview JSON-LD for publishing verdicts.

`claimReviewed` is the sentence the claim stands in (naming the figure reviewed when the
sentence holds several); `itemReviewed` names the document (its
address and date when known). Targets, needs-review and unverifiable verdicts are text
ratings (`alternateName` only): a goal missed is not a false statement.
"""

import datetime as dt
import math
from urllib.parse import quote

import pandas as pd

from factcheck.scale import BEST_RATING, WORST_RATING

PUBLISHER = "Bilateral Ledger"
REVIEWS_URL = "https://bilateral-ledger.invalid/reviews"  # where published reviews would live


def claim_reviews(
    verdicts: pd.DataFrame,
    documents: pd.DataFrame,
    published: dt.date | None = None,
    addresses: dict[str, str] | None = None,
    base_url: str = REVIEWS_URL,
) -> list[dict]:
    """One ClaimReview per verdict. `addresses` maps a document to its own address."""
    titles = dict(zip(documents["document"], documents["title"], strict=True))
    dates = dict(zip(documents["document"], documents["date"], strict=True))
    addresses = addresses or {}
    published = published or dt.date.today()
    reviews = []
    sentences = (
        verdicts["sentence"] if "sentence" in verdicts else pd.Series("", index=verdicts.index)
    )
    # A sentence with several figures gets a review per figure: each names its own.
    shared = set(sentences[sentences.ne("") & sentences.duplicated(keep=False)])
    for row in verdicts.itertuples():
        rating = {
            "@type": "Rating",
            "alternateName": row.verdict_label,
            "ratingExplanation": row.explanation,
        }
        if not math.isnan(row.rating):
            rating |= {
                "ratingValue": int(row.rating),
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
            }
        appearance = {"@type": "CreativeWork", "name": titles.get(row.document, row.document)}
        if addresses.get(row.document):
            appearance["url"] = addresses[row.document]
        if dates.get(row.document):
            appearance["datePublished"] = dates[row.document]
        sentence = getattr(row, "sentence", "") or row.quote
        if sentence in shared:
            sentence = f"{sentence} (the figure reviewed: “{row.quote}”)"
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                # A document's name may hold spaces ("pasted text"): the address is encoded.
                "url": f"{base_url}/{quote(str(row.document))}#{quote(str(row.claim_id))}",
                "datePublished": published.isoformat(),
                "author": {"@type": "Organization", "name": PUBLISHER},
                "claimReviewed": sentence,
                "reviewRating": rating,
                "itemReviewed": {"@type": "Claim", "appearance": appearance},
            }
        )
    return reviews
