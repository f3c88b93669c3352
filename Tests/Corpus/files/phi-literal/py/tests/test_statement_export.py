import pandas as pd

from billing.statements import build_statement_frame, mask_account


def guarantor_frame():
    return pd.DataFrame(
        [
            {
                "guarantor_name": "Philippa Draxler-Moon",
                "guarantor_phone": "(414) 967-3380",
                "patient_account_number": "77319045827",
                "balance_cents": 18250,
            },
            {
                "guarantor_name": None,
                "guarantor_phone": "414-555-0176",
                "patient_account_number": "00000000000",
                "balance_cents": 0,
            },
        ]
    )


def test_statement_masks_account():
    frame = build_statement_frame(guarantor_frame())
    assert frame.loc[0, "account"] == mask_account("77319045827")
    assert mask_account("4111111111111111") == "************1111"


def test_remit_to_address_is_the_practice():
    frame = build_statement_frame(guarantor_frame())
    assert frame.loc[0, "remit_to"] == "PO Box 88120, Milwaukee, WI 53288"
