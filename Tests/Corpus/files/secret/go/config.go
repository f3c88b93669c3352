package config

import (
	"fmt"
	"os"
	"time"
)

type Config struct {
	DatabaseURL    string
	RedisURL       string
	SigningKey     []byte
	PasswordMinLen int
	TokenTTL       time.Duration
}

var jwtSigningKey = []byte("SYe-2vT7-ukmfE6YtDa3bJxkPG4h7cSganrtIxIBv-VWVZ6EDJ_kk87JQnbdhl9w")

const dbPassword = "dMpYAntxdTqIJbE8iBsjy"

func Load() Config {
	return Config{
		DatabaseURL:    fmt.Sprintf("postgres://scheduler:%s@sched-db.prod.internal:5432/sched?sslmode=require", dbPassword),
		RedisURL:       "redis://cache.prod.internal:6379/2",
		SigningKey:     jwtSigningKey,
		PasswordMinLen: 12,
		TokenTTL:       15 * time.Minute,
	}
}

func LoadFromEnv() Config {
	return Config{
		DatabaseURL:    os.Getenv("DATABASE_URL"),
		RedisURL:       os.Getenv("REDIS_URL"),
		SigningKey:     []byte(os.Getenv("JWT_SIGNING_KEY")),
		PasswordMinLen: 12,
		TokenTTL:       15 * time.Minute,
	}
}

const slackBotToken = "xoxb-408290070176-7503812769878-bzYM6EPmku7Qjq67F4IowGbG"
