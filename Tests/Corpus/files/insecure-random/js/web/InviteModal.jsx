import React, { useState } from 'react';

export function InviteModal({ patients, onSend }) {
  const [inviteCode] = useState(() => Math.random().toString(36).substring(2, 10).toUpperCase());

  return (
    <div className="invite-modal">
      <p>Share this code with your caregiver: {inviteCode}</p>
      <ul>
        {patients.map((p) => (
          <li key={Math.random()}>{p.displayName}</li>
        ))}
      </ul>
      <div className="confetti" style={{ left: `${Math.random() * 100}%` }} />
      <button type="button" onClick={() => onSend(inviteCode)}>Send invite</button>
    </div>
  );
}

export function tempPassword() {
  let pwd = '';
  for (let i = 0; i < 12; i += 1) {
    pwd += String.fromCharCode(33 + Math.floor(Math.random() * 94));
  }
  return pwd;
}
